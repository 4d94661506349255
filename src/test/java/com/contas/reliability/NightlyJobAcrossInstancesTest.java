package com.contas.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.contas.account.AccountSummaryMaintainer;
import com.contas.common.ExclusiveJobs.Outcome;
import com.contas.testsupport.AppInstance;
import com.contas.testsupport.ServiceTestBase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Two instances on one PostgreSQL run the nightly reconciliation at the same moment: one runs it,
 * the other skips it and says so (the advisory lock). To make "at the same moment" certain rather
 * than lucky, the winner's repair is held up on a row this test keeps locked until the loser has
 * answered.
 */
@Tag("pgonly")
@ExtendWith(OutputCaptureExtension.class)
class NightlyJobAcrossInstancesTest extends ServiceTestBase {

    @Autowired
    Environment env;

    @Autowired
    AccountSummaryMaintainer maintainerA;

    ConfigurableApplicationContext instanceB;

    @AfterEach
    void stopTheSecondInstance() {
        if (instanceB != null) {
            instanceB.close();
        }
    }

    @Test
    void of_two_instances_starting_the_nightly_job_at_once_exactly_one_runs_it_and_the_other_says_it_skipped(
            CapturedOutput output) throws Exception {
        long org = organization("Acme").id();
        deals.markWon(deal(org, "10", "BRL").id(), 0);
        data.jdbc().update("update account_summary set won_value = 11 where organization_id = ?", org);
        instanceB = AppInstance.start("test", List.of(), AppInstance.sameDatabaseAs(env));
        AccountSummaryMaintainer maintainerB = instanceB.getBean(AccountSummaryMaintainer.class);

        CompletableFuture<Outcome> a;
        CompletableFuture<Outcome> b;
        try (Connection holder = DriverManager.getConnection(
                        env.getProperty("spring.datasource.url"),
                        env.getProperty("spring.datasource.username"),
                        env.getProperty("spring.datasource.password", ""));
                Statement statement = holder.createStatement()) {
            holder.setAutoCommit(false);
            statement.executeQuery("select 1 from account_summary where organization_id = " + org + " for update");

            CyclicBarrier together = new CyclicBarrier(2);
            a = CompletableFuture.supplyAsync(() -> awaitThen(together, maintainerA));
            b = CompletableFuture.supplyAsync(() -> awaitThen(together, maintainerB));
            // The loser answers at once; the winner waits on the row held here.
            CompletableFuture.anyOf(a, b).get(30, TimeUnit.SECONDS);
            Thread.sleep(500);
            assertThat(a.isDone() && b.isDone())
                    .as("the winner is still repairing")
                    .isFalse();
            holder.rollback();
        }

        List<Outcome> outcomes = List.of(a.get(30, TimeUnit.SECONDS), b.get(30, TimeUnit.SECONDS));
        assertThat(outcomes).containsExactlyInAnyOrder(Outcome.RAN, Outcome.SKIPPED);
        assertThat(output.getOut())
                .contains("Job 'account summary reconciliation' skipped: another job is running " + "on this database");
        assertThat(output.getOut()).containsOnlyOnce("Account summary drift: 0 missing rows, 1 drifting rows");
        assertThat(maintainerA.reconcile().clean()).isTrue();
    }

    private static Outcome awaitThen(CyclicBarrier together, AccountSummaryMaintainer maintainer) {
        try {
            together.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return maintainer.reconcileAndRepair();
    }
}
