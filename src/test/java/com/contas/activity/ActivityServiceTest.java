package com.contas.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.contas.common.StaleVersionException;
import com.contas.testsupport.MutableClock;
import com.contas.testsupport.ServiceTestBase;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class ActivityServiceTest extends ServiceTestBase {

    private static final LocalDate TOMORROW = LocalDate.of(2026, 3, 12);

    @Test
    void an_activity_for_a_person_is_linked_to_the_persons_organization() {
        long org = organization("Acme").id();
        long person = person("Ana Souza", org).id();

        ActivityDetails activity = activity(null, person, null, TOMORROW);

        assertThat(activity.organizationId()).isEqualTo(org);
        assertThat(activity.personId()).isEqualTo(person);
    }

    @Test
    void an_activity_for_a_deal_is_linked_to_the_deals_organization() {
        long org = organization("Acme").id();
        long deal = deal(org, "10", "BRL").id();

        assertThat(activity(null, null, deal, TOMORROW).organizationId()).isEqualTo(org);
    }

    @Test
    void a_person_of_another_organization_is_refused() {
        long acme = organization("Acme").id();
        long other = organization("Other").id();
        long person = person("Ana Souza", other).id();

        assertRefusedWithoutWrites("personId", () -> activity(acme, person, null, TOMORROW));
    }

    @Test
    void a_deleted_person_is_refused() {
        var person = person("Ana Souza", organization("Acme").id());
        people.delete(person.id(), person.version());

        assertRefusedWithoutWrites("personId", () -> activity(null, person.id(), null, TOMORROW));
    }

    @Test
    void a_blank_subject_and_a_missing_date_are_both_reported() {
        long org = organization("Acme").id();
        var e = assertRefusedWithoutWrites(
                "subject",
                () -> activities.schedule(
                        new ActivityInput(ActivityType.CALL, " ", null, null, null, null, org, null, null, me)));
        assertThat(e.problemFor("dueDate")).isPresent();
    }

    @Test
    void dates_far_in_the_past_or_future_and_negative_durations_are_refused() {
        long org = organization("Acme").id();
        assertRefusedWithoutWrites(
                "dueDate",
                () -> activities.schedule(new ActivityInput(
                        ActivityType.TASK, "Task", LocalDate.of(1066, 10, 14), null, null, null, org, null, null, me)));
        assertRefusedWithoutWrites(
                "dueDate",
                () -> activities.schedule(new ActivityInput(
                        ActivityType.TASK, "Task", LocalDate.of(9999, 1, 1), null, null, null, org, null, null, me)));
        assertRefusedWithoutWrites(
                "durationMinutes",
                () -> activities.schedule(
                        new ActivityInput(ActivityType.TASK, "Task", TOMORROW, null, -5, null, org, null, null, me)));
    }

    @Test
    void rescheduling_keeps_the_time_and_is_recorded_in_the_history() {
        long org = organization("Acme").id();
        ActivityDetails activity = activities.schedule(new ActivityInput(
                ActivityType.MEETING,
                "Renewal meeting",
                TOMORROW,
                LocalTime.of(14, 30),
                60,
                null,
                org,
                null,
                null,
                me));

        ActivityDetails moved =
                activities.reschedule(activity.id(), activity.version(), TOMORROW.plusDays(7), activity.dueTime());

        assertThat(moved.dueDate()).isEqualTo(TOMORROW.plusDays(7));
        assertThat(moved.dueTime()).isEqualTo(LocalTime.of(14, 30));
        assertThat(data.jdbc()
                        .queryForObject(
                                "select old_value || ' -> ' || new_value from change_record "
                                        + "where entity_type = 'Activity' and field = 'dueDate'",
                                String.class))
                .isEqualTo("2026-03-12 14:30 -> 2026-03-19 14:30");
    }

    @Test
    void rescheduling_from_a_stale_version_is_refused_and_keeps_the_other_move() {
        ActivityDetails activity = activity(organization("Acme").id(), null, null, TOMORROW);
        activities.reschedule(activity.id(), activity.version(), TOMORROW.plusDays(1), null);

        assertThatThrownBy(() -> activities.reschedule(activity.id(), activity.version(), TOMORROW.plusDays(2), null))
                .isInstanceOf(StaleVersionException.class);
        assertThat(activities.get(activity.id()).dueDate()).isEqualTo(TOMORROW.plusDays(1));
    }

    @Test
    void marking_done_sets_done_at_and_undone_clears_it() {
        ActivityDetails activity = activity(organization("Acme").id(), null, null, TOMORROW);

        ActivityDetails done = activities.markDone(activity.id(), activity.version());
        assertThat(done.done()).isTrue();
        assertThat(done.doneAt()).isEqualTo(MutableClock.DEFAULT_NOW);

        ActivityDetails undone = activities.markUndone(done.id(), done.version());
        assertThat(undone.done()).isFalse();
        assertThat(undone.doneAt()).isNull();
    }

    @Test
    void a_deleted_activity_can_be_restored() {
        ActivityDetails activity = activity(organization("Acme").id(), null, null, TOMORROW);
        activities.delete(activity.id(), activity.version());
        assertThatThrownBy(() -> activities.get(activity.id())).isInstanceOf(com.contas.common.NotFoundException.class);

        assertThat(activities.restore(activity.id()).subject()).isEqualTo("Satisfaction call");
    }
}
