package com.contas.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.contas.account.AccountFilter;
import com.contas.account.AccountQueries;
import com.contas.account.AccountSummaryBatchWritten;
import com.contas.account.AccountSummaryMaintainer;
import com.contas.account.DriftReport;
import com.contas.demo.DemoSize;
import com.contas.testsupport.FreshDatabase;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application dies half way through building the account summary of a fresh demo load (a
 * fault after the second of six batches, standing in for a kill); the next start completes the
 * summary, and it reconciles clean. On H2 and on PostgreSQL.
 */
@Tag("db")
class CrashDuringSummaryBuildTest {

    private static final int BATCH = 50;

    private final FreshDatabase database = FreshDatabase.create();

    @AfterEach
    void stopAndDrop() {
        database.close();
    }

    @Test
    void a_restart_after_a_crash_in_the_middle_of_the_summary_build_completes_the_summary() {
        Throwable crash = catchThrowable(() -> start(List.of(CrashAfterTheSecondBatch.class)));
        assertThat(crash).isInstanceOf(SimulatedCrash.class);
        JdbcTemplate jdbc = database.jdbc();
        int organizations = DemoSize.SMALL.organizations();
        assertThat(count(jdbc, "select count(*) from organization")).isEqualTo(organizations);
        assertThat(count(jdbc, "select count(*) from account_summary"))
                .as("two batches committed")
                .isEqualTo(2 * BATCH);
        assertThat(count(jdbc, "select count(*) from demo_load where completed_at is null"))
                .isEqualTo(1);

        ConfigurableApplicationContext app = start(List.of());

        DriftReport report = app.getBean(AccountSummaryMaintainer.class).reconcile();
        assertThat(report.clean()).isTrue();
        assertThat(report.checked()).isEqualTo(organizations);
        assertThat(count(jdbc, "select count(*) from organization"))
                .as("no demo row twice")
                .isEqualTo(organizations);
        assertThat(count(jdbc, "select count(*) from demo_load where completed_at is not null"))
                .isEqualTo(1);
        assertThat(app.getBean(AccountQueries.class).count(AccountFilter.ALL)).isPositive();
    }

    private ConfigurableApplicationContext start(List<Class<?>> faults) {
        return database.start(
                "test",
                faults,
                "--contas.demo.enabled=true",
                "--contas.demo.size=small",
                "--contas.accounts.batch-size=" + BATCH);
    }

    private static long count(JdbcTemplate jdbc, String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    /** A bean of the crashing start only (not a component: the application's scan must not find it). */
    static class CrashAfterTheSecondBatch {

        @EventListener
        void on(AccountSummaryBatchWritten written) {
            if (written.batch() == 2) {
                throw new SimulatedCrash();
            }
        }
    }

    static class SimulatedCrash extends RuntimeException {
        SimulatedCrash() {
            super("simulated crash after the second batch of the summary build");
        }
    }
}
