package com.contas.settings;

import com.contas.common.StaleVersionException;
import com.contas.common.Validation;
import com.contas.settings.domain.CompanySettingsRepository;
import com.contas.settings.domain.CompanySettingsRow;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The company's settings. Every account query needs them (today, the week), so they are kept for
 * a few seconds instead of read each time: a change made on another instance shows within
 * {@link #CACHE_SECONDS}; one made here shows as soon as it commits.
 *
 * <p>Only committed settings are kept: the transaction that changes them reads its own change from
 * the database and keeps nothing, and what was kept is forgotten once it commits (a rollback
 * leaves the old settings in place). A read that began before that commit cannot keep its older
 * settings afterwards (see {@link #generation}).
 */
@Service
public class SettingsService {

    public static final long CACHE_SECONDS = 10;

    /** Marks a transaction that changed the settings: its reads bypass what is kept. */
    private static final Object CHANGED_HERE = SettingsService.class;

    private final CompanySettingsRepository settings;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private volatile Cached cached;
    /** Grows at every forgetting; a read keeps its result only if it did not grow meanwhile. */
    private long generation;

    SettingsService(CompanySettingsRepository settings, JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.settings = settings;
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * Changes the company settings if nobody changed them since {@code expectedVersion}. Listeners
     * of {@link CompanySettingsChanged} (the conversion rates, hence every aggregate) follow in the
     * same transaction.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public CompanySettings update(long expectedVersion, CompanySettingsInput input) {
        Validation v = Validation.start();
        String currency = v.requiredText("defaultCurrency", input.defaultCurrency(), 3);
        // The currency feature depends on settings, not the other way round: ask its table.
        if (currency != null
                && !v.hasProblem("defaultCurrency")
                && jdbc.queryForObject(
                                "select count(*) from currency where code = ? and active = true", Long.class, currency)
                        == 0) {
            v.add("defaultCurrency", "validation.unknownCurrency", currency);
        }
        String zone = v.requiredText("timeZone", input.timeZone(), 64);
        if (zone != null && !v.hasProblem("timeZone")) {
            try {
                ZoneId.of(zone);
            } catch (DateTimeException e) {
                v.add("timeZone", "validation.settings.timeZone");
            }
        }
        v.required("firstDayOfWeek", input.firstDayOfWeek());
        v.required("notContactedDays", input.notContactedDays());
        v.range("notContactedDays", input.notContactedDays(), 1, 3650);
        v.required("followUpDays", input.followUpDays());
        v.range("followUpDays", input.followUpDays(), 0, 365);
        v.throwIfInvalid();
        CompanySettingsRow row = settings.findById(1).orElseThrow();
        if (row.getVersion() != expectedVersion) {
            throw new StaleVersionException("Settings", 1);
        }
        row.change(
                currency,
                zone,
                input.firstDayOfWeek(),
                input.notContactedDays(),
                input.nextStepPrompt(),
                input.followUpDays());
        settings.saveAndFlush(row);
        changedInThisTransaction();
        events.publishEvent(new CompanySettingsChanged());
        return get();
    }

    @Transactional(readOnly = true)
    public CompanySettings get() {
        if (TransactionSynchronizationManager.hasResource(CHANGED_HERE)) {
            return read(); // not committed yet: nobody else may see it, and it may yet roll back
        }
        Cached current = cached;
        if (current != null && System.nanoTime() - current.readAt < TimeUnit.SECONDS.toNanos(CACHE_SECONDS)) {
            return current.settings;
        }
        long before;
        synchronized (this) {
            before = generation;
        }
        CompanySettings fresh = read();
        synchronized (this) {
            if (generation == before) {
                cached = new Cached(fresh, System.nanoTime());
            }
        }
        return fresh;
    }

    private CompanySettings read() {
        CompanySettingsRow row = settings.findById(1)
                .orElseThrow(
                        () -> new IllegalStateException("company_settings row 1 is missing; migrations not applied?"));
        return new CompanySettings(
                row.getDefaultCurrency(),
                ZoneId.of(row.getTimeZone()),
                row.getFirstDayOfWeek(),
                row.getNotContactedDays(),
                row.isNextStepPrompt(),
                row.getFollowUpDays(),
                row.getVersion());
    }

    /**
     * Forgets the kept settings; the next {@link #get()} reads them again (for writes made around
     * this service). Inside a transaction, once more when it ends.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public void invalidate() {
        forget();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget();
                }
            });
        }
    }

    private synchronized void forget() {
        generation++;
        cached = null;
    }

    /** From now until this transaction ends, its reads see its own settings; then all forget. */
    private void changedInThisTransaction() {
        if (!TransactionSynchronizationManager.hasResource(CHANGED_HERE)) {
            TransactionSynchronizationManager.bindResource(CHANGED_HERE, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(CHANGED_HERE);
                }
            });
        }
        invalidate();
    }

    private record Cached(CompanySettings settings, long readAt) {}
}
