package com.contas.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.contas.activity.ActivityDetails;
import com.contas.activity.ActivityInput;
import com.contas.activity.ActivityType;
import com.contas.common.DomainException;
import com.contas.deal.DealDetails;
import com.contas.deal.DealStatus;
import com.contas.organization.OrganizationDetails;
import com.contas.person.PersonDetails;
import com.contas.testsupport.ServiceTestBase;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The summary equals a recomputation from the base tables after many random writes. */
class AccountSummaryDriftTest extends ServiceTestBase {

    enum Op { WIN, LOSE, REOPEN, DELETE_DEAL, RESTORE_DEAL, NEW_DEAL, SCHEDULE, MOVE, COMPLETE, UNDO,
        DELETE_ACTIVITY, ADD_PERSON, REMOVE_PERSON, DELETE_ORG, RESTORE_ORG, RENAME_ORG }

    @Autowired
    AccountSummaryMaintainer maintainer;

    @Test
    void a_thousand_random_writes_leave_no_drift() {
        Random random = new Random(20261128);
        List<Long> orgs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            orgs.add(organization("Org " + i).id());
        }
        List<Long> deals = new ArrayList<>();
        List<Long> activities = new ArrayList<>();
        List<Long> people = new ArrayList<>();
        Map<Op, Integer> done = new EnumMap<>(Op.class);
        int writes = 0;
        while (writes < 1000) {
            Op op = Op.values()[random.nextInt(Op.values().length)];
            try {
                if (apply(op, random, orgs, deals, activities, people)) {
                    writes++;
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
        long org = organization("Acme").id();
        deals.markWon(deal(org, "10", "BRL").id(), 0);
        assertThat(maintainer.reconcile().clean()).isTrue();

        data.jdbc().update("update account_summary set won_value = 11 where organization_id = ?", org);
        assertThat(maintainer.reconcile().drifting()).containsExactly(org);

        maintainer.rebuildAll();
        assertThat(maintainer.reconcile().clean()).isTrue();
    }

    private <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private boolean apply(Op op, Random random, List<Long> orgs, List<Long> dealIds, List<Long> activityIds,
            List<Long> personIds) {
        LocalDate today = LocalDate.of(2026, 3, 11);
        switch (op) {
            case NEW_DEAL -> dealIds.add(deal(pick(random, orgs), String.valueOf(random.nextInt(1000)),
                    random.nextInt(5) == 0 ? "USD" : "BRL").id());
            case WIN, LOSE, REOPEN, DELETE_DEAL -> {
                if (dealIds.isEmpty()) {
                    return false;
                }
                DealDetails deal = deals.find(pick(random, dealIds)).orElse(null);
                if (deal == null) {
                    return false;
                }
                switch (op) {
                    case WIN -> { if (deal.status() == DealStatus.WON) return false; deals.markWon(deal.id(), deal.version()); }
                    case LOSE -> { if (deal.status() == DealStatus.LOST) return false; deals.markLost(deal.id(), deal.version(), "Price"); }
                    case REOPEN -> { if (deal.status() == DealStatus.OPEN) return false; deals.reopen(deal.id(), deal.version()); }
                    default -> deals.delete(deal.id(), deal.version());
                }
            }
            case RESTORE_DEAL -> {
                List<Long> deleted = data.jdbc().queryForList("select id from deal where deleted_at is not null", Long.class);
                if (deleted.isEmpty()) {
                    return false;
                }
                deals.restore(pick(random, deleted));
            }
            case SCHEDULE -> activityIds.add(activities.schedule(new ActivityInput(ActivityType.CALL, "Call",
                    today.plusDays(random.nextInt(30) - 10), random.nextBoolean() ? null : LocalTime.of(random.nextInt(24), 0),
                    null, null, pick(random, orgs), null, null, me)).id());
            case MOVE, COMPLETE, UNDO, DELETE_ACTIVITY -> {
                if (activityIds.isEmpty()) {
                    return false;
                }
                long id = pick(random, activityIds);
                ActivityDetails a;
                try {
                    a = activities.get(id);
                } catch (DomainException gone) {
                    return false;
                }
                switch (op) {
                    case MOVE -> activities.reschedule(a.id(), a.version(), today.plusDays(random.nextInt(30) - 10), a.dueTime());
                    case COMPLETE -> { if (a.done()) return false; activities.markDone(a.id(), a.version()); }
                    case UNDO -> { if (!a.done()) return false; activities.markUndone(a.id(), a.version()); }
                    default -> activities.delete(a.id(), a.version());
                }
            }
            case ADD_PERSON -> personIds.add(person("Person", pick(random, orgs)).id());
            case REMOVE_PERSON -> {
                if (personIds.isEmpty()) {
                    return false;
                }
                PersonDetails p = people.find(personIds.remove(random.nextInt(personIds.size()))).orElse(null);
                if (p == null) {
                    return false;
                }
                people.delete(p.id(), p.version());
            }
            case DELETE_ORG, RESTORE_ORG, RENAME_ORG -> {
                long id = pick(random, orgs);
                boolean deleted = data.jdbc().queryForObject("select deleted_at is not null from organization where id = ?",
                        Boolean.class, id);
                if (op == Op.RESTORE_ORG) {
                    if (!deleted) return false;
                    organizations.restore(id);
                } else {
                    if (deleted) return false;
                    OrganizationDetails org = organizations.get(id);
                    if (op == Op.DELETE_ORG) {
                        organizations.delete(id, org.version());
                    } else {
                        organizations.update(id, org.version(), new com.contas.organization.OrganizationInput(
                                "Ôrg " + random.nextInt(100), null, me));
                    }
                }
            }
        }
        return true;
    }
}
