package com.contas.testsupport;

import com.contas.demo.DemoLoader;
import com.contas.demo.DemoSize;
import java.util.Locale;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The large data set every benchmark measures on, whatever order the benchmarks run in: loaded
 * through the product's own path (the demo load a start-up with {@code contas.demo.size=large}
 * runs: rows, planner statistics, rates, summary; nothing the product does not do) when the
 * database is empty or holds an unfinished load, and checked before any figure is printed.
 */
public final class LargeDataSet {

    private static final DemoSize SIZE = DemoSize.LARGE;

    private LargeDataSet() {}

    /**
     * Loads the large data set if the database has none, then checks it.
     *
     * @throws IllegalStateException if the database holds other data, so that no figure is printed on it
     */
    public static void ensureLoaded(ApplicationContext context) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        if (count(jdbc, "select count(*) from organization") == 0
                || count(jdbc, "select count(*) from demo_load where completed_at is null") > 0) {
            DemoLoader.Report report = context.getBean(DemoLoader.class)
                    .loadIfEmpty(SIZE)
                    .orElseThrow(() -> new IllegalStateException("The large data set was not loaded (see the log)"));
            System.out.println(String.format(
                    Locale.ROOT,
                    "bench demo_load_large ms=%d rows_ms=%d analyze_ms=%d " + "summary_ms=%d organizations=%d",
                    report.elapsedMillis(),
                    report.rows().elapsedMillis(),
                    report.rows().analyzeMillis(),
                    report.summary().elapsedMillis(),
                    report.summary().organizations()));
        }
        check(jdbc, "organization", SIZE.organizations());
        check(jdbc, "person", SIZE.people());
        check(jdbc, "deal", SIZE.deals());
        check(jdbc, "activity", SIZE.activities());
        long summaries = count(jdbc, "select count(*) from account_summary");
        long accounts = count(jdbc, "select count(*) from account_summary where is_account = true");
        if (summaries != SIZE.organizations() || accounts == 0) {
            throw new IllegalStateException("Not the large data set: " + summaries + " summary rows, " + accounts
                    + " accounts, for " + SIZE.organizations() + " organizations; no figure printed");
        }
    }

    private static void check(JdbcTemplate jdbc, String table, long expected) {
        long rows = count(jdbc, "select count(*) from " + table);
        if (rows != expected) {
            throw new IllegalStateException("Not the large data set: " + rows + " rows in " + table + ", expected "
                    + expected + "; drop the benchmark database and run again. No figure printed");
        }
    }

    private static long count(JdbcTemplate jdbc, String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
