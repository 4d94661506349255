package com.contas.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.contas.common.ExclusiveJobs.Outcome;
import com.contas.testsupport.FreshDatabase;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Long jobs one at a time: on H2 by a lock in the JVM, on PostgreSQL by an advisory lock. */
@Tag("db")
@ExtendWith(OutputCaptureExtension.class)
class ExclusiveJobsTest {

    private final FreshDatabase database = FreshDatabase.create();
    private final ExclusiveJobs jobs = new ExclusiveJobs(database.jdbc().getDataSource());

    @AfterEach
    void drop() {
        database.close();
    }

    @Test
    void a_job_started_while_another_runs_is_skipped_and_says_so(CapturedOutput output) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<Outcome> first = CompletableFuture.supplyAsync(() -> jobs.run("first", () -> {
            started.countDown();
            await(finish);
        }));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        AtomicBoolean secondRan = new AtomicBoolean();

        Outcome second = CompletableFuture.supplyAsync(() -> jobs.run("second", () -> secondRan.set(true)))
                .get(10, TimeUnit.SECONDS);
        finish.countDown();

        assertThat(second).isEqualTo(Outcome.SKIPPED);
        assertThat(secondRan).isFalse();
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(Outcome.RAN);
        assertThat(output.getOut()).contains("Job 'second' skipped: another job is running");
        assertThat(jobs.run("third", () -> secondRan.set(true)))
                .as("the lock is free again")
                .isEqualTo(Outcome.RAN);
        assertThat(secondRan).isTrue();
    }

    @Test
    void a_job_started_from_inside_a_job_runs_under_the_lock_it_already_holds() {
        AtomicBoolean innerRan = new AtomicBoolean();

        Outcome outer = jobs.run(
                "demo data",
                () -> assertThat(jobs.run("summary build", () -> innerRan.set(true)))
                        .isEqualTo(Outcome.RAN));

        assertThat(outer).isEqualTo(Outcome.RAN);
        assertThat(innerRan).isTrue();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
