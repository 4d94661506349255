package com.contas.consistency;

import static com.contas.testsupport.MutableClock.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import com.contas.account.AccountBoardService;
import com.contas.account.AccountBucket;
import com.contas.account.AccountQueries;
import com.contas.account.NextActivity;
import com.contas.activity.ActivityDetails;
import com.contas.common.StaleVersionException;
import com.contas.organization.OrganizationDetails;
import com.contas.organization.OrganizationInput;
import com.contas.security.DemoUser;
import com.contas.testsupport.ServiceTestBase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Two people work the same account at the same moment: of all writes based on one version exactly
 * one succeeds, the others are told of the conflict, and no update is lost.
 */
class ConcurrentEditsTest extends ServiceTestBase {

    static final int THREADS = 50;

    @Autowired
    AccountBoardService board;

    @Autowired
    AccountQueries accounts;

    /** Runs the same kind of write on many threads released together; counts wins and conflicts. */
    private List<Outcome> race(int threads, java.util.function.IntFunction<Callable<Object>> write) throws Exception {
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Outcome>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<Object> task = write.apply(i);
                DemoUser user = i % 2 == 0 ? DemoUser.USER : DemoUser.SALES_1;
                results.add(pool.submit(() -> {
                    data.signIn(user);
                    start.await();
                    try {
                        return new Outcome(task.call(), null);
                    } catch (StaleVersionException e) {
                        return new Outcome(null, e);
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> f : results) {
                outcomes.add(f.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    record Outcome(Object result, StaleVersionException conflict) {
        boolean won() {
            return conflict == null;
        }
    }

    @Test
    void fifty_moves_of_the_same_activity_from_the_same_version_let_exactly_one_through_per_version() throws Exception {
        long org = organization("Acme").id();
        deals.markWon(deal(org, "100", "BRL").id(), 0);
        ActivityDetails call = activity(org, null, null, TODAY.plusDays(1));
        AccountBucket[] targets = {AccountBucket.NEXT_WEEK, AccountBucket.LATER};
        for (int round = 0; round < 4; round++) {
            NextActivity seen = accounts.details(org).orElseThrow().row().nextActivity();
            AccountBucket target = targets[round % 2];

            List<Outcome> outcomes = race(THREADS, i -> () -> board.move(org, seen, target));

            assertThat(outcomes.stream().filter(Outcome::won))
                    .as("round %d", round)
                    .hasSize(1);
            assertThat(outcomes.stream().filter(o -> !o.won())).hasSize(THREADS - 1);
            ActivityDetails after = activities.get(call.id());
            assertThat(after.version()).isEqualTo(seen.version() + 1);
            assertThat(accounts.details(org).orElseThrow().row().bucket()).isEqualTo(target);
        }
        assertThat(data.jdbc()
                        .queryForObject(
                                "select count(*) from change_record where entity_type = 'Activity' "
                                        + "and field = 'dueDate'",
                                Long.class))
                .isEqualTo(4);
    }

    @Test
    void two_people_saving_the_same_organization_from_two_drawers_get_one_save_and_one_conflict() throws Exception {
        OrganizationDetails org = organization("Acme");

        List<Outcome> outcomes = race(
                2,
                i -> () -> organizations.update(
                        org.id(),
                        org.version(),
                        new OrganizationInput("Acme (" + i + ")", null, me),
                        java.util.Map.of()));

        assertThat(outcomes.stream().filter(Outcome::won)).hasSize(1);
        Outcome winner = outcomes.stream().filter(Outcome::won).findFirst().orElseThrow();
        assertThat(organizations.get(org.id()).name()).isEqualTo(((OrganizationDetails) winner.result()).name());
        assertThat(organizations.get(org.id()).version()).isEqualTo(org.version() + 1);
    }
}
