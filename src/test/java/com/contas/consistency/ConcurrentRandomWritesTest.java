package com.contas.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import com.contas.account.AccountSummaryMaintainer;
import com.contas.account.DriftReport;
import com.contas.common.DomainException;
import com.contas.security.DemoUser;
import com.contas.testsupport.RandomWrites;
import com.contas.testsupport.ServiceTestBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Eight threads run 10,000 random operations through the services on the same few organizations;
 * afterwards every account's numbers equal a recomputation from the base tables. On PostgreSQL,
 * where writers really run in parallel.
 */
@Tag("pgonly")
class ConcurrentRandomWritesTest extends ServiceTestBase {

    static final int THREADS = 8;
    static final int OPERATIONS = 10_000;

    @Autowired
    AccountSummaryMaintainer maintainer;

    @Test
    void ten_thousand_random_operations_on_eight_threads_leave_no_drift() throws Exception {
        RandomWrites writes = new RandomWrites(organizations, deals, activities, people, data.jdbc(), me, 20);
        AtomicInteger applied = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < THREADS; t++) {
            Random random = new Random(1000 + t);
            DemoUser user = t % 2 == 0 ? DemoUser.USER : DemoUser.SALES_1;
            threads.add(pool.submit(() -> {
                data.signIn(user);
                try {
                    // An operation counts when it reached a service: picks with nothing to act on do not.
                    while (applied.get() + conflicts.get() + refused.get() < OPERATIONS) {
                        try {
                            if (writes.apply(RandomWrites.randomOp(random), random)) {
                                applied.incrementAndGet();
                            }
                        } catch (com.contas.common.StaleVersionException | PessimisticLockingFailureException e) {
                            conflicts.incrementAndGet(); // another thread changed it first: refused, nothing lost
                        } catch (DomainException | org.springframework.security.access.AccessDeniedException e) {
                            // as designed: a deal of a deleted organization; restoring another user's deletion
                            refused.incrementAndGet();
                        }
                    }
                } finally {
                    SecurityContextHolder.clearContext();
                }
                return null;
            }));
        }
        for (Future<?> thread : threads) {
            thread.get();
        }
        pool.shutdown();
        long millis = (System.nanoTime() - start) / 1_000_000;

        DriftReport report = maintainer.reconcile();
        System.out.printf(
                "10,000 operations on %d threads in %d ms: %d applied, %d conflicts, %d refused, "
                        + "%d accounts checked, %d drifting%n",
                THREADS,
                millis,
                applied.get(),
                conflicts.get(),
                refused.get(),
                report.checked(),
                report.drifting().size());
        assertThat(report.drifting()).isEmpty();
        assertThat(report.missing()).isZero();
        assertThat(report.checked()).isEqualTo(20);
        assertThat(applied.get() + conflicts.get() + refused.get()).isBetween(OPERATIONS, OPERATIONS + THREADS);
        assertThat(applied.get()).isGreaterThan(OPERATIONS / 2);
    }
}
