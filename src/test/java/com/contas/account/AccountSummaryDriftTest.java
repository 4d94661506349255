package com.contas.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.contas.common.DomainException;
import com.contas.testsupport.RandomWrites;
import com.contas.testsupport.RandomWrites.Op;
import com.contas.testsupport.ServiceTestBase;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The summary equals a recomputation from the base tables after many random writes. */
class AccountSummaryDriftTest extends ServiceTestBase {

    @Autowired
    AccountSummaryMaintainer maintainer;

    @Autowired
    MeterRegistry meters;

    private double driftCounted() {
        return meters.get("contas.summary.drift").counter().count();
    }

    private long upkeepsTimed() {
        return meters.get("contas.summary.upkeep").timer().count();
    }

    @Test
    void a_thousand_random_writes_leave_no_drift() {
        Random random = new Random(20261128);
        RandomWrites writes = new RandomWrites(organizations, deals, activities, people, data.jdbc(), me, 12);
        Map<Op, Integer> done = new EnumMap<>(Op.class);
        int count = 0;
        while (count < 1000) {
            Op op = RandomWrites.randomOp(random);
            try {
                if (writes.apply(op, random)) {
                    count++;
                    done.merge(op, 1, Integer::sum);
                }
            } catch (DomainException refused) {
                // e.g. a deal of a deleted organization: refused and nothing written, as designed
            }
        }

        DriftReport report = maintainer.reconcile();
        assertThat(report.checked()).isEqualTo(12);
        assertThat(report.drifting()).isEmpty();
        assertThat(report.missing()).isZero();
        assertThat(done).hasSize(Op.values().length);
    }

    @Test
    void the_reconciliation_finds_a_row_that_was_changed_behind_its_back() {
        long upkeepsBefore = upkeepsTimed();
        long org = organization("Acme").id();
        deals.markWon(deal(org, "10", "BRL").id(), 0);
        assertThat(upkeepsTimed()).as("each write's summary upkeep is timed").isGreaterThan(upkeepsBefore);
        assertThat(maintainer.reconcile().clean()).isTrue();

        double driftBefore = driftCounted();
        data.jdbc().update("update account_summary set won_value = 11 where organization_id = ?", org);
        assertThat(maintainer.reconcile().drifting()).containsExactly(org);
        assertThat(driftCounted() - driftBefore)
                .as("the drift metric counts the row found")
                .isEqualTo(1.0);

        maintainer.rebuildAll();
        assertThat(maintainer.reconcile().clean()).isTrue();
    }
}
