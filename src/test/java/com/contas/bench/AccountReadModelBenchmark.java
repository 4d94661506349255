package com.contas.bench;

import com.contas.account.AccountFilter;
import com.contas.account.AccountQueries;
import com.contas.account.AccountSort;
import com.contas.account.AccountSummaryMaintainer;
import com.contas.account.DriftReport;
import com.contas.account.SummaryBuild;
import com.contas.activity.ActivityDetails;
import com.contas.activity.ActivityService;
import com.contas.testsupport.ContasTest;
import com.contas.testsupport.LargeDataSet;
import com.contas.testsupport.StatementCounter;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The read model's benchmark (a command, not a test): {@code ./mvnw -Pbench test}. Finds or loads
 * the large data set ({@link LargeDataSet}), times a full rebuild of the account summary, then prints
 * one line per operation:
 * {@code bench <operation> p50_ms=<n> p95_ms=<n> statements=<n> floor_p50_ms=<n>}, where the floor
 * is hand-written JDBC SQL returning the same rows (for the write: the bare UPDATE).
 */
@ContasTest
@Tag("bench")
class AccountReadModelBenchmark {

    private static final String COLUMNS = "select s.organization_id, o.name, o.owner_id, u.display_name, "
            + "s.account_since, s.won_count, s.won_value, s.open_count, s.open_value, s.unconverted_count, "
            + "s.people_count, s.next_activity_id, a.type, a.subject, s.next_activity_date, s.next_activity_time, "
            + "s.last_activity_at ";
    private static final String JOINS = "join organization o on o.id = s.organization_id "
            + "join app_user u on u.id = o.owner_id left join activity a on a.id = s.next_activity_id ";
    private static final String ROW = COLUMNS + "from account_summary s " + JOINS;

    @Autowired
    AccountQueries accounts;

    @Autowired
    ActivityService activities;

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountSummaryMaintainer summaries;

    @Autowired
    StatementCounter statements;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void benchmark() {
        LargeDataSet.ensureLoaded(context);
        // The full rebuild as the product runs it (batches, statement timeouts, statistics refresh after).
        SummaryBuild rebuild = summaries.rebuildAll();
        System.out.println(String.format(
                java.util.Locale.ROOT,
                "bench summary_rebuild ms=%d organizations=%d batches=%d",
                rebuild.elapsedMillis(),
                rebuild.organizations(),
                rebuild.batches()));
        long reconcileStarted = System.nanoTime();
        DriftReport drift = summaries.reconcile();
        System.out.println(String.format(
                java.util.Locale.ROOT,
                "bench summary_reconcile ms=%d rows=%d drifting=%d " + "missing=%d",
                (System.nanoTime() - reconcileStarted) / 1_000_000,
                drift.checked(),
                drift.drifting().size(),
                drift.missing()));
        if (!drift.clean()) {
            throw new IllegalStateException("The summary drifts after a rebuild: no figure printed");
        }
        Bench bench = new Bench(statements);
        AccountFilter all = AccountFilter.ALL;
        LocalDate today = accounts.calendar().today();

        page(bench, "first_page_by_name", AccountSort.BY_NAME, "s.search_name, s.organization_id", 0);
        page(
                bench,
                "first_page_by_won_value",
                new AccountSort(AccountSort.Field.WON_VALUE, false),
                "s.won_value desc, s.organization_id desc",
                0);
        page(
                bench,
                "first_page_by_next_activity",
                new AccountSort(AccountSort.Field.NEXT_ACTIVITY, true),
                "s.next_activity_date, s.next_activity_time, s.next_activity_id, s.organization_id",
                0);
        page(
                bench,
                "first_page_by_last_activity",
                new AccountSort(AccountSort.Field.LAST_ACTIVITY, false),
                "s.last_activity_at desc, s.organization_id desc",
                0);
        page(
                bench,
                "first_page_by_account_since",
                new AccountSort(AccountSort.Field.ACCOUNT_SINCE, true),
                "s.account_since, s.organization_id",
                0);
        page(
                bench,
                "first_page_by_owner",
                new AccountSort(AccountSort.Field.OWNER, true),
                "s.owner_sort, s.search_name, s.organization_id",
                0);
        page(bench, "page_at_offset_10000", AccountSort.BY_NAME, "s.search_name, s.organization_id", 10_000);

        bench.run(
                "name_search",
                () -> accounts.page(all.withSearch("sao"), AccountSort.BY_NAME, 0, 50),
                () -> jdbc.queryForList(pageSql(
                        "s.is_account = true and s.search_name like '%sao%'", "s.search_name, s.organization_id", 0)));
        bench.run(
                "count",
                () -> accounts.count(all),
                () -> jdbc.queryForObject(
                        "select count(*) from account_summary s where s.is_account = true", Long.class));
        String buckets = "select count(*) filter (where s.next_activity_date is null), "
                + "coalesce(sum(s.won_value) filter (where s.next_activity_date is null), 0), "
                + "count(*) filter (where s.next_activity_date < ?), coalesce(sum(s.won_value) filter (where s.next_activity_date < ?), 0), "
                + "count(*) filter (where s.next_activity_date = ?), coalesce(sum(s.won_value) filter (where s.next_activity_date = ?), 0), "
                + "count(*) filter (where s.next_activity_date > ? and s.next_activity_date <= ?), coalesce(sum(s.won_value) filter (where s.next_activity_date > ? and s.next_activity_date <= ?), 0), "
                + "count(*) filter (where s.next_activity_date > ? and s.next_activity_date <= ?), coalesce(sum(s.won_value) filter (where s.next_activity_date > ? and s.next_activity_date <= ?), 0), "
                + "count(*) filter (where s.next_activity_date > ?), coalesce(sum(s.won_value) filter (where s.next_activity_date > ?), 0) "
                + "from account_summary s where s.is_account = true";
        var cal = accounts.calendar();
        Date t = Date.valueOf(cal.today());
        Date w = Date.valueOf(cal.endOfWeek());
        Date n = Date.valueOf(cal.endOfNextWeek());
        bench.run(
                "bucket_counts_and_sums",
                () -> accounts.bucketTotals(all),
                () -> jdbc.queryForList(buckets, t, t, t, t, t, w, t, w, w, n, w, n, n, n));
        bench.run(
                "kpi_totals",
                () -> accounts.kpis(all),
                () -> jdbc.queryForList(
                        "select count(*), coalesce(sum(s.won_value), 0), "
                                + "count(*) filter (where s.next_activity_date is null), "
                                + "count(*) filter (where s.next_activity_date < ?), "
                                + "count(*) filter (where s.last_activity_at is null or s.last_activity_at < ?), "
                                + "coalesce(sum(s.unconverted_count), 0) from account_summary s where s.is_account = true",
                        t,
                        java.sql.Timestamp.from(cal.today()
                                .minusDays(30)
                                .atStartOfDay(java.time.ZoneOffset.UTC)
                                .toInstant())));

        List<Long> ids = jdbc.queryForList(
                "select organization_id from account_summary where is_account = true " + "order by organization_id",
                Long.class);
        Random random = new Random(1);
        bench.run("account_details", () -> accounts.details(ids.get(random.nextInt(ids.size()))), () -> {
            long id = ids.get(random.nextInt(ids.size()));
            jdbc.queryForList(ROW + "where s.organization_id = ? and s.is_account = true", id);
            jdbc.queryForList(
                    "select d.currency, d.status, count(*), sum(d.value) from deal d "
                            + "where d.organization_id = ? and d.deleted_at is null group by d.currency, d.status",
                    id);
        });

        // The service moves the first 500 open activities, the floor's bare UPDATE moves 500 others.
        List<ActivityDetails> open = jdbc
                .queryForList(
                        "select id from activity where done = false "
                                + "and deleted_at is null and organization_id is not null order by id fetch first 1000 rows only",
                        Long.class)
                .stream()
                .map(activities::get)
                .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
        int[] turn = {0, 0};
        bench.run(
                "reschedule",
                () -> {
                    int i = turn[0]++ % 500;
                    ActivityDetails a = open.get(i);
                    open.set(
                            i,
                            activities.reschedule(
                                    a.id(), a.version(), a.dueDate().plusDays(1), a.dueTime()));
                    return open.get(i);
                },
                () -> {
                    ActivityDetails a = open.get(500 + turn[1] % 500);
                    jdbc.update(
                            "update activity set due_date = ?, version = version + 1 where id = ?",
                            Date.valueOf(a.dueDate().plusDays(1 + turn[1]++ / 500)),
                            a.id());
                });
        System.out.println("bench today=" + today + " accounts=" + ids.size());
    }

    private void page(Bench bench, String name, AccountSort sort, String orderBy, int offset) {
        bench.run(
                name,
                () -> accounts.page(AccountFilter.ALL, sort, offset, 50),
                () -> jdbc.queryForList(pageSql("s.is_account = true", orderBy, offset)));
    }

    /** The page chosen on the summary alone, then joined: what a person writing the SQL by hand would do. */
    private static String pageSql(String where, String orderBy, int offset) {
        return COLUMNS + "from (select * from account_summary s where " + where + " order by " + orderBy + " offset "
                + offset + " rows fetch next 50 rows only) s " + JOINS + "order by " + orderBy;
    }
}
