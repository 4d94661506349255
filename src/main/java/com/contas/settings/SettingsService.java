package com.contas.settings;

import com.contas.settings.domain.CompanySettingsRepository;
import com.contas.settings.domain.CompanySettingsRow;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The company's settings. Every account query needs them (today, the week), so they are kept for
 * a few seconds instead of read each time: a change made on another instance shows within
 * {@link #CACHE_SECONDS}; one made here shows at once ({@link #invalidate()}).
 */
@Service
public class SettingsService {

    public static final long CACHE_SECONDS = 10;

    private final CompanySettingsRepository settings;
    private volatile Cached cached;

    SettingsService(CompanySettingsRepository settings) {
        this.settings = settings;
    }

    @Transactional(readOnly = true)
    public CompanySettings get() {
        Cached current = cached;
        if (current != null && System.nanoTime() - current.readAt < TimeUnit.SECONDS.toNanos(CACHE_SECONDS)) {
            return current.settings;
        }
        CompanySettingsRow row = settings.findById(1).orElseThrow(
                () -> new IllegalStateException("company_settings row 1 is missing; migrations not applied?"));
        CompanySettings fresh = new CompanySettings(row.getDefaultCurrency(), ZoneId.of(row.getTimeZone()),
                row.getFirstDayOfWeek(), row.getNotContactedDays(), row.getVersion());
        cached = new Cached(fresh, System.nanoTime());
        return fresh;
    }

    /** Forgets the kept settings; the next {@link #get()} reads them again. */
    @Transactional(readOnly = true)
    public void invalidate() {
        cached = null;
    }

    private record Cached(CompanySettings settings, long readAt) {
    }
}
