package com.contas.account;

import com.contas.account.SummarySql.Scope;
import com.contas.common.ExclusiveJobs;
import com.contas.common.ExclusiveJobs.Outcome;
import com.contas.common.JobTransactions;
import com.contas.common.OrganizationsTouched;
import com.contas.common.SqlList;
import com.contas.currency.ConversionRatesChanged;
import com.contas.security.UserRenamed;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
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
 *
 * <p>The long jobs (the full build, the start-up catch-up, the nightly reconciliation and repair)
 * work in batches of at most {@code contas.accounts.batch-size} organizations, each batch its own
 * transaction under its own statement timeout (see {@link JobTransactions}), one job at a time per
 * database (see {@link ExclusiveJobs}). A batch writes complete rows only, so a crash leaves
 * organizations either done or without a row, and the next start's catch-up completes them.
 */
@Component
public class AccountSummaryMaintainer {

    private static final Logger log = LoggerFactory.getLogger(AccountSummaryMaintainer.class);
    /** Ids bound in one statement: each is bound once per table read (five times), under PostgreSQL's 65,535. */
    private static final int IDS_PER_STATEMENT = 1_000;
    /** A build of at least this many organizations changes the summary's statistics enough to refresh them. */
    private static final int ANALYZE_AFTER_ORGANIZATIONS = 1_000;

    private final NamedParameterJdbcTemplate jdbc;
    private final ExclusiveJobs jobs;
    private final JobTransactions batches;
    private final ApplicationEventPublisher events;
    private final int batchSize;
    /** The summary's upkeep in the writing transaction: each refresh of the changed organizations. */
    private final Timer upkeep;
    /** Rows the reconciliation found missing or drifting (each is a bug: zero is the only good value). */
    private final Counter driftFound;

    AccountSummaryMaintainer(
            NamedParameterJdbcTemplate jdbc,
            ExclusiveJobs jobs,
            JobTransactions batches,
            ApplicationEventPublisher events,
            MeterRegistry meters,
            @Value("${contas.accounts.batch-size:10000}") int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("contas.accounts.batch-size must be positive: " + batchSize);
        }
        this.jdbc = jdbc;
        this.jobs = jobs;
        this.batches = batches;
        this.events = events;
        this.batchSize = batchSize;
        this.upkeep = Timer.builder("contas.summary.upkeep")
                .description("Time to recompute the account summary of the organizations a write touched")
                .register(meters);
        this.driftFound = Counter.builder("contas.summary.drift")
                .description("Account summary rows the reconciliation found missing or wrong")
                .register(meters);
    }

    @EventListener
    @Transactional
    public void on(OrganizationsTouched event) {
        refresh(event.organizationIds());
    }

    @EventListener
    @Transactional
    public void on(ConversionRatesChanged event) {
        // Every row, in the rate change's own transaction (the money shown must follow the rates at once).
        batches.useJobTimeoutInThisTransaction();
        jdbc.update(SummarySql.merge(Scope.ALL, SummarySql.MONEY_COLUMNS, false), params());
    }

    /** The owner name sorts the accounts list: the renamed user's accounts sort anew. */
    @EventListener
    @Transactional
    public void on(UserRenamed event) {
        jdbc.update(
                SummarySql.merge(Scope.OWNER, List.of("owner_sort"), false),
                params().addValue("userId", event.userId()));
    }

    /** Recomputes the rows of these organizations (creating missing ones), in the caller's transaction. */
    @Transactional
    public void refresh(Collection<Long> organizationIds) {
        upkeep.record(() -> refreshRows(organizationIds));
    }

    private void refreshRows(Collection<Long> organizationIds) {
        List<Long> ids = new ArrayList<>(new TreeSet<>(organizationIds));
        for (int from = 0; from < ids.size(); from += IDS_PER_STATEMENT) {
            MapSqlParameterSource params =
                    params().addValue("ids", ids.subList(from, Math.min(from + IDS_PER_STATEMENT, ids.size())));
            jdbc.update(
                    "insert into account_summary (organization_id) select o.id from organization o "
                            + "where o.id in (:ids) and not exists "
                            + "(select 1 from account_summary s where s.organization_id = o.id)",
                    params);
            jdbc.queryForList(
                    "select organization_id from account_summary where organization_id in (:ids) "
                            + "order by organization_id for update",
                    params,
                    Long.class);
            jdbc.update(SummarySql.merge(Scope.IDS, SummarySql.COLUMNS, true), params);
        }
    }

    /**
     * Recomputes every row, in batches; for bulk loads and tests. Skipped (and said so) while
     * another long job runs on this database.
     */
    public SummaryBuild rebuildAll() {
        return build("account summary rebuild", "select id from organization order by id");
    }

    /**
     * Compares every stored row with a recomputation from the base tables, in batches of
     * organizations (each its own transaction and statement timeout); changes nothing.
     */
    public DriftReport reconcile() {
        long checked = jdbc.queryForObject("select count(*) from account_summary", params(), Long.class);
        long missing = 0;
        List<Long> drifting = new ArrayList<>();
        for (Range range : ranges(jdbc.queryForList("select id from organization order by id", params(), Long.class))) {
            List<Drift> found = batches.inBatch(() -> jdbc.query(
                    SummarySql.drift(Scope.RANGE),
                    range.params(),
                    (rs, n) -> new Drift(rs.getLong("organization_id"), rs.getBoolean("missing"))));
            for (Drift drift : found) {
                if (drift.missing()) {
                    missing++;
                } else {
                    drifting.add(drift.organizationId());
                }
            }
        }
        driftFound.increment((double) missing + drifting.size());
        return new DriftReport(checked, missing, drifting);
    }

    /**
     * Nightly ({@code LongJobs}): reports drift (which would be a bug) and repairs it: recomputes only the drifting rows and
     * adds the missing ones, in batches. Skipped (and said so) while another long job runs on this
     * database, here or on another instance.
     */
    public Outcome reconcileAndRepair() {
        return jobs.run("account summary reconciliation", () -> {
            DriftReport report = reconcile();
            if (report.clean()) {
                log.info("Account summary reconciled: {} rows, no drift", report.checked());
                return;
            }
            log.error(
                    "Account summary drift: {} missing rows, {} drifting rows (first: {}); repairing",
                    report.missing(),
                    report.drifting().size(),
                    report.drifting().stream().limit(20).collect(Collectors.toList()));
            for (int from = 0; from < report.drifting().size(); from += IDS_PER_STATEMENT) {
                List<Long> ids = report.drifting()
                        .subList(
                                from,
                                Math.min(
                                        from + IDS_PER_STATEMENT,
                                        report.drifting().size()));
                batches.inBatch(() -> {
                    refresh(ids);
                    return null;
                });
            }
            if (report.missing() > 0) {
                addMissingRows();
            }
        });
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        addMissingRows();
    }

    /**
     * Organizations without a summary row get theirs at start-up: created before the summary
     * existed, loaded in bulk, or left by a build that a crash interrupted.
     */
    public SummaryBuild addMissingRows() {
        return build(
                "account summary catch-up",
                "select o.id from organization o where not exists "
                        + "(select 1 from account_summary s where s.organization_id = o.id) order by o.id");
    }

    /**
     * Computes the rows of the organizations {@code idsSql} selects, in batches of id ranges that
     * each cover at most {@code batchSize} of them.
     */
    private SummaryBuild build(String job, String idsSql) {
        SummaryBuild[] result = new SummaryBuild[1];
        Outcome outcome = jobs.run(job, () -> {
            long started = System.nanoTime();
            List<Range> ranges = ranges(jdbc.queryForList(idsSql, params(), Long.class));
            long organizations = ranges.stream().mapToLong(Range::organizations).sum();
            if (organizations == 0) {
                result[0] = new SummaryBuild(Outcome.RAN, 0, 0, 0);
                return;
            }
            log.info("Computing the account summary of {} organizations in {} batches", organizations, ranges.size());
            long done = 0;
            for (int i = 0; i < ranges.size(); i++) {
                Range range = ranges.get(i);
                long batchStarted = System.nanoTime();
                writeRange(range);
                done += range.organizations();
                log.info(
                        "Account summary: batch {} of {} ({} of {} organizations) in {} ms",
                        i + 1,
                        ranges.size(),
                        done,
                        organizations,
                        (System.nanoTime() - batchStarted) / 1_000_000);
                events.publishEvent(new AccountSummaryBatchWritten(i + 1, ranges.size(), done));
            }
            if (organizations >= ANALYZE_AFTER_ORGANIZATIONS) {
                batches.analyze("account_summary");
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            log.info("Rebuilt the account summary of {} organizations in {} ms", organizations, millis);
            result[0] = new SummaryBuild(Outcome.RAN, organizations, ranges.size(), millis);
        });
        return outcome == Outcome.SKIPPED ? new SummaryBuild(Outcome.SKIPPED, 0, 0, 0) : result[0];
    }

    /**
     * Locks the range's existing rows before computing (a new statement, hence a fresh snapshot),
     * so that the batch never writes numbers older than a concurrent writer's; a row created by a
     * writer meanwhile makes the insert fail once, and the batch runs again with it locked.
     */
    private void writeRange(Range range) {
        for (int attempt = 1; ; attempt++) {
            try {
                batches.inBatch(() -> {
                    jdbc.queryForList(
                            "select organization_id from account_summary where organization_id "
                                    + "between :fromId and :toId order by organization_id for update",
                            range.params(),
                            Long.class);
                    return jdbc.update(SummarySql.merge(Scope.RANGE, SummarySql.COLUMNS, true), range.params());
                });
                return;
            } catch (DuplicateKeyException raced) {
                if (attempt == 2) {
                    throw raced;
                }
            }
        }
    }

    /** Id ranges that each hold at most {@code batchSize} of the sorted {@code ids}. */
    private List<Range> ranges(List<Long> ids) {
        List<Range> ranges = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += batchSize) {
            int to = Math.min(from + batchSize, ids.size()) - 1;
            ranges.add(new Range(ids.get(from), ids.get(to), to - from + 1));
        }
        return ranges;
    }

    private static MapSqlParameterSource params() {
        return SqlList.foldingParameters(new MapSqlParameterSource());
    }

    private record Range(long fromId, long toId, long organizations) {

        MapSqlParameterSource params() {
            return AccountSummaryMaintainer.params().addValue("fromId", fromId).addValue("toId", toId);
        }
    }

    private record Drift(long organizationId, boolean missing) {}
}
