package com.contas.account;

import com.contas.common.OrganizationsTouched;
import com.contas.currency.ConversionRatesChanged;
import com.contas.security.UserRenamed;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps {@code account_summary} equal to what the base tables say.
 *
 * <p>Why a summary: sorting 100,000 organizations by won value or next activity cannot be done
 * fast from 1,000,000 deals and 2,000,000 activities at query time; a summary row per
 * organization, indexed per sort, makes every page an index range scan. Why it stays right: every
 * write that can move an organization's numbers publishes an {@link OrganizationsTouched} event in
 * its own transaction, and this listener recomputes those organizations' rows from the base
 * tables, in that same transaction (so a rollback takes both back). It recomputes rather than
 * adding deltas, and it first locks the rows, so that two concurrent writers cannot both compute
 * from a snapshot that misses the other's change. {@link #reconcile()} proves it.
 */
@Component
public class AccountSummaryMaintainer {

    private static final Logger log = LoggerFactory.getLogger(AccountSummaryMaintainer.class);

    private final NamedParameterJdbcTemplate jdbc;

    AccountSummaryMaintainer(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional
    public void on(OrganizationsTouched event) {
        refresh(event.organizationIds());
    }

    @EventListener
    @Transactional
    public void on(ConversionRatesChanged event) {
        jdbc.update(SummarySql.update(pick(SummarySql.MONEY_COLUMNS), ""), params());
    }

    /** The owner name sorts the accounts list: the renamed user's accounts sort anew. */
    @EventListener
    @Transactional
    public void on(UserRenamed event) {
        jdbc.update(SummarySql.update(pick("owner_sort"), "where s.owner_id = :userId"),
                params().addValue("userId", event.userId()));
    }

    /** Recomputes the rows of these organizations (creating missing ones). */
    @Transactional
    public void refresh(Collection<Long> organizationIds) {
        if (organizationIds.isEmpty()) {
            return;
        }
        MapSqlParameterSource params = params().addValue("ids", new TreeSet<>(organizationIds));
        jdbc.update("insert into account_summary (organization_id) select o.id from organization o "
                + "where o.id in (:ids) and not exists "
                + "(select 1 from account_summary s where s.organization_id = o.id)", params);
        jdbc.queryForList("select organization_id from account_summary where organization_id in (:ids) "
                + "order by organization_id for update", params, Long.class);
        String where = "where s.organization_id in (:ids)";
        jdbc.update(SummarySql.update(SummarySql.COLUMNS, where), params);
        jdbc.update(SummarySql.update(SummarySql.NEXT_COLUMNS, where), params);
    }

    /** Recomputes every row; for bulk loads and repairs. */
    @Transactional
    public void rebuildAll() {
        long started = System.nanoTime();
        MapSqlParameterSource params = params();
        jdbc.update("insert into account_summary (organization_id) select o.id from organization o where not exists "
                + "(select 1 from account_summary s where s.organization_id = o.id)", params);
        jdbc.update(SummarySql.update(SummarySql.COLUMNS, ""), params);
        jdbc.update(SummarySql.update(SummarySql.NEXT_COLUMNS, ""), params);
        log.info("Rebuilt the account summary in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    /** Compares every stored row with a recomputation from the base tables; changes nothing. */
    @Transactional(readOnly = true)
    public DriftReport reconcile() {
        MapSqlParameterSource params = params();
        long checked = jdbc.queryForObject("select count(*) from account_summary", params, Long.class);
        long missing = jdbc.queryForObject("select count(*) from organization o where not exists "
                + "(select 1 from account_summary s where s.organization_id = o.id)", params, Long.class);
        List<Long> drifting = jdbc.queryForList(SummarySql.drift(), params, Long.class);
        return new DriftReport(checked, missing, drifting);
    }

    /** Nightly: report drift (which would be a bug) and repair it. */
    @Scheduled(cron = "${contas.accounts.reconcile-cron:0 30 3 * * *}")
    @Transactional
    public void reconcileAndRepair() {
        DriftReport report = reconcile();
        if (report.clean()) {
            log.info("Account summary reconciled: {} rows, no drift", report.checked());
            return;
        }
        log.error("Account summary drift: {} missing rows, {} drifting rows (first: {}); repairing",
                report.missing(), report.drifting().size(),
                report.drifting().stream().limit(20).collect(Collectors.toList()));
        rebuildAll();
    }

    /** Organizations created before the summary existed get their rows at start-up. */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void addMissingRows() {
        List<Long> missing = jdbc.queryForList("select o.id from organization o where not exists "
                + "(select 1 from account_summary s where s.organization_id = o.id)", params(), Long.class);
        if (!missing.isEmpty()) {
            log.info("Computing the account summary of {} organizations", missing.size());
            rebuildAll();
        }
    }

    private static MapSqlParameterSource params() {
        return new MapSqlParameterSource().addValue("accented", SearchText.FROM).addValue("plain", SearchText.TO);
    }

    private static Map<String, String> pick(String... columns) {
        Map<String, String> picked = new java.util.LinkedHashMap<>();
        Arrays.stream(columns).forEach(c -> picked.put(c, SummarySql.COLUMNS.get(c)));
        return picked;
    }
}
