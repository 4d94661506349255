package com.contas.testsupport;

import static com.contas.testsupport.MutableClock.TODAY;

import com.contas.activity.ActivityDetails;
import com.contas.activity.ActivityInput;
import com.contas.activity.ActivityService;
import com.contas.activity.ActivityType;
import com.contas.deal.DealDetails;
import com.contas.deal.DealInput;
import com.contas.deal.DealService;
import com.contas.deal.DealStatus;
import com.contas.organization.OrganizationDetails;
import com.contas.organization.OrganizationInput;
import com.contas.organization.OrganizationService;
import com.contas.person.PersonDetails;
import com.contas.person.PersonInput;
import com.contas.person.PersonService;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Random writes through the services (win, lose, reopen, delete and restore deals; schedule, move,
 * complete, undo and delete activities; add and remove people; delete, restore and rename
 * organizations), for drift and concurrency tests. Safe to use from several threads: each thread
 * brings its own {@link Random}; ids are shared.
 */
public final class RandomWrites {

    public enum Op {
        WIN,
        LOSE,
        REOPEN,
        DELETE_DEAL,
        RESTORE_DEAL,
        NEW_DEAL,
        SCHEDULE,
        MOVE,
        COMPLETE,
        UNDO,
        DELETE_ACTIVITY,
        ADD_PERSON,
        REMOVE_PERSON,
        DELETE_ORG,
        RESTORE_ORG,
        RENAME_ORG
    }

    private final OrganizationService organizations;
    private final DealService deals;
    private final ActivityService activities;
    private final PersonService people;
    private final JdbcTemplate jdbc;
    private final long ownerId;
    private final List<Long> orgs = new CopyOnWriteArrayList<>();
    private final List<Long> dealIds = new CopyOnWriteArrayList<>();
    private final List<Long> activityIds = new CopyOnWriteArrayList<>();
    private final List<Long> personIds = new CopyOnWriteArrayList<>();

    public RandomWrites(
            OrganizationService organizations,
            DealService deals,
            ActivityService activities,
            PersonService people,
            JdbcTemplate jdbc,
            long ownerId,
            int organizationCount) {
        this.organizations = organizations;
        this.deals = deals;
        this.activities = activities;
        this.people = people;
        this.jdbc = jdbc;
        this.ownerId = ownerId;
        for (int i = 0; i < organizationCount; i++) {
            orgs.add(organizations
                    .create(new OrganizationInput("Org " + i, "Rua Augusta 100", ownerId))
                    .id());
        }
    }

    public static Op randomOp(Random random) {
        return Op.values()[random.nextInt(Op.values().length)];
    }

    private static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    /**
     * Performs one write.
     *
     * @return false when it did not apply (nothing to act on, or already in that state)
     */
    public boolean apply(Op op, Random random) {
        switch (op) {
            case NEW_DEAL ->
                dealIds.add(deals.create(new DealInput(
                                "Deal",
                                new BigDecimal(random.nextInt(1000)),
                                random.nextInt(5) == 0 ? "USD" : "BRL",
                                pick(random, orgs),
                                null,
                                ownerId,
                                null,
                                null))
                        .id());
            case WIN, LOSE, REOPEN, DELETE_DEAL -> {
                if (dealIds.isEmpty()) {
                    return false;
                }
                DealDetails deal = deals.find(pick(random, dealIds)).orElse(null);
                if (deal == null) {
                    return false;
                }
                switch (op) {
                    case WIN -> {
                        if (deal.status() == DealStatus.WON) return false;
                        deals.markWon(deal.id(), deal.version());
                    }
                    case LOSE -> {
                        if (deal.status() == DealStatus.LOST) return false;
                        deals.markLost(deal.id(), deal.version(), "Price");
                    }
                    case REOPEN -> {
                        if (deal.status() == DealStatus.OPEN) return false;
                        deals.reopen(deal.id(), deal.version());
                    }
                    default -> deals.delete(deal.id(), deal.version());
                }
            }
            case RESTORE_DEAL -> {
                List<Long> deleted = jdbc.queryForList("select id from deal where deleted_at is not null", Long.class);
                if (deleted.isEmpty()) {
                    return false;
                }
                deals.restore(pick(random, deleted));
            }
            case SCHEDULE ->
                activityIds.add(activities
                        .schedule(new ActivityInput(
                                ActivityType.CALL,
                                "Call",
                                TODAY.plusDays(random.nextInt(30) - 10),
                                random.nextBoolean() ? null : LocalTime.of(random.nextInt(24), 0),
                                null,
                                null,
                                pick(random, orgs),
                                null,
                                null,
                                ownerId))
                        .id());
            case MOVE, COMPLETE, UNDO, DELETE_ACTIVITY -> {
                if (activityIds.isEmpty()) {
                    return false;
                }
                ActivityDetails a;
                try {
                    a = activities.get(pick(random, activityIds));
                } catch (com.contas.common.NotFoundException gone) {
                    return false;
                }
                switch (op) {
                    case MOVE ->
                        activities.reschedule(
                                a.id(), a.version(), TODAY.plusDays(random.nextInt(30) - 10), a.dueTime());
                    case COMPLETE -> {
                        if (a.done()) return false;
                        activities.markDone(a.id(), a.version());
                    }
                    case UNDO -> {
                        if (!a.done()) return false;
                        activities.markUndone(a.id(), a.version());
                    }
                    default -> activities.delete(a.id(), a.version());
                }
            }
            case ADD_PERSON ->
                personIds.add(
                        people.create(new PersonInput("Person", pick(random, orgs), ownerId, List.of(), List.of()))
                                .id());
            case REMOVE_PERSON -> {
                if (personIds.isEmpty()) {
                    return false;
                }
                PersonDetails p = people.find(pick(random, personIds)).orElse(null);
                if (p == null) {
                    return false;
                }
                people.delete(p.id(), p.version());
            }
            case DELETE_ORG, RESTORE_ORG, RENAME_ORG -> {
                long id = pick(random, orgs);
                boolean deleted = jdbc.queryForObject(
                        "select deleted_at is not null from organization where id = ?", Boolean.class, id);
                if (op == Op.RESTORE_ORG) {
                    if (!deleted) return false;
                    organizations.restore(id);
                } else {
                    if (deleted) return false;
                    OrganizationDetails org = organizations.get(id);
                    if (op == Op.DELETE_ORG) {
                        organizations.delete(id, org.version());
                    } else {
                        organizations.update(
                                id, org.version(), new OrganizationInput("Ôrg " + random.nextInt(100), null, ownerId));
                    }
                }
            }
        }
        return true;
    }
}
