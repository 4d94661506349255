package com.contas.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.contas.account.AccountFilter;
import com.contas.account.AccountQueries;
import com.contas.account.AccountSort;
import com.contas.account.AccountSummaryMaintainer;
import com.contas.account.DriftReport;
import com.contas.demo.DemoSize;
import com.contas.testsupport.AppInstance;
import com.contas.testsupport.FreshDatabase;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What an operator does: the {@code postgres} profile, configured through its environment variables,
 * with the demo load on an empty database, end to end. At the medium size (5,000 organizations, the
 * large set's proportions) and a small batch, so that the summary is built in several batches:
 * the rows are written, the planner statistics refreshed, the summary complete and equal to a
 * recomputation, and the accounts list has rows.
 */
@Tag("pgonly")
class PostgresProfileDemoStartTest {

    private final FreshDatabase database = FreshDatabase.postgres();

    @AfterEach
    void stopAndDrop() {
        database.close();
    }

    @Test
    void the_postgres_profile_with_the_demo_load_on_an_empty_database_starts_with_a_complete_summary() {
        long started = System.nanoTime();
        // The profile's own datasource settings, from the environment variables an operator sets.
        try (ConfigurableApplicationContext app = AppInstance.start(
                "postgres",
                List.of(),
                "--DB_URL=" + database.url(),
                "--DB_USER=" + database.user(),
                "--DB_PASSWORD=" + database.password(),
                "--CONTAS_ADMIN_USERNAME=boss",
                "--CONTAS_ADMIN_PASSWORD=Rosa-de-Saron-1911",
                "--contas.demo.enabled=true",
                "--contas.demo.size=medium",
                "--contas.accounts.batch-size=1000")) {
            System.out.println("postgres profile start with the medium demo load: "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
            assertStartedWithACompleteSummary(app);
        }
    }

    private void assertStartedWithACompleteSummary(ConfigurableApplicationContext app) {
        JdbcTemplate jdbc = database.jdbc();
        DemoSize size = DemoSize.MEDIUM;
        assertThat(count(jdbc, "select count(*) from organization")).isEqualTo(size.organizations());
        assertThat(count(jdbc, "select count(*) from deal")).isEqualTo(size.deals());
        assertThat(count(jdbc, "select count(*) from activity")).isEqualTo(size.activities());
        assertThat(jdbc.queryForList(
                        "select relname from pg_stat_user_tables where last_analyze is not null", String.class))
                .contains("organization", "person", "deal", "activity", "account_summary");
        // Vacuumed too: a full build leaves a dead row per organization, and index-only scans need
        // the pages marked all-visible.
        assertThat(jdbc.queryForList(
                        "select relname from pg_stat_user_tables where last_vacuum is not null", String.class))
                .contains("deal", "activity", "account_summary");
        assertThat(count(jdbc, "select count(*) from demo_load where completed_at is not null"))
                .isEqualTo(1);

        DriftReport report = app.getBean(AccountSummaryMaintainer.class).reconcile();
        assertThat(report.checked()).isEqualTo(size.organizations());
        assertThat(report.clean()).isTrue();
        AccountQueries accounts = app.getBean(AccountQueries.class);
        long accountCount = accounts.count(AccountFilter.ALL);
        assertThat(accountCount).isBetween(size.organizations() / 3L, size.organizations() * 2L / 3);
        assertThat(accounts.page(AccountFilter.ALL, AccountSort.BY_NAME, 0, 50)).hasSize(50);
    }

    private static long count(JdbcTemplate jdbc, String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
