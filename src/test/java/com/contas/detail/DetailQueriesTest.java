package com.contas.detail;

import static com.contas.testsupport.MutableClock.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.contas.activity.ActivityDetails;
import com.contas.deal.DealStatus;
import com.contas.detail.DetailQueries.TimelineEntry;
import com.contas.link.Links;
import com.contas.note.NoteService;
import com.contas.organization.OrganizationInput;
import com.contas.security.DemoUser;
import com.contas.testsupport.ServiceTestBase;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DetailQueriesTest extends ServiceTestBase {

    @Autowired
    DetailQueries sections;

    @Autowired
    NoteService notes;

    @Test
    void activities_list_open_ones_by_due_date_and_time_then_done_ones_newest_first() {
        long org = organization("Acme").id();
        ActivityDetails later = activity(org, null, null, TODAY.plusDays(2));
        ActivityDetails timed =
                activities.reschedule(activity(org, null, null, TODAY).id(), 0, TODAY, LocalTime.of(9, 0));
        ActivityDetails allDay = activity(org, null, null, TODAY);
        ActivityDetails doneFirst = activity(org, null, null, TODAY.minusDays(9));
        activities.markDone(doneFirst.id(), doneFirst.version());
        clock.set(clock.instant().plusSeconds(60));
        ActivityDetails doneSecond = activity(org, null, null, TODAY.minusDays(20));
        activities.markDone(doneSecond.id(), doneSecond.version());
        activity(organization("Other").id(), null, null, TODAY);

        assertThat(sections.activities(DetailScope.organization(org), 0, 10))
                .extracting(DetailQueries.ActivityLine::id)
                .containsExactly(allDay.id(), timed.id(), later.id(), doneSecond.id(), doneFirst.id());
        assertThat(sections.activities(DetailScope.organization(org), 2, 2))
                .extracting(DetailQueries.ActivityLine::id)
                .containsExactly(later.id(), doneSecond.id());
        assertThat(sections.counts(DetailScope.organization(org)).activities()).isEqualTo(5);
    }

    @Test
    void deals_list_won_then_open_then_lost_and_open_deals_are_found_by_title_ignoring_accents() {
        long org = organization("Acme").id();
        var open = deals.create(new com.contas.deal.DealInput(
                "Renovação anual", new java.math.BigDecimal("10"), "BRL", org, null, me, null, null));
        var won = deal(org, "20", "BRL");
        deals.markWon(won.id(), won.version());
        var lost = deal(org, "30", "USD");
        deals.markLost(lost.id(), lost.version(), "Price");

        assertThat(sections.deals(DetailScope.organization(org), 0, 10))
                .extracting(DetailQueries.DealLine::status)
                .containsExactly(DealStatus.WON, DealStatus.OPEN, DealStatus.LOST);
        assertThat(sections.openDeals(org, "renovacao", 0, 10))
                .extracting(DetailQueries.DealLine::id)
                .containsExactly(open.id());
        assertThat(sections.openDeals(org, "100%_", 0, 10)).isEmpty();
    }

    @Test
    void people_show_their_first_email_and_phone_and_are_found_by_name() {
        long org = organization("Acme").id();
        people.create(new com.contas.person.PersonInput(
                "José Silva", org, me, List.of("jose@acme.example", "j@acme.example"), List.of("+55 11 5555-0000")));
        person("Ana Lima", org);

        var all = sections.people(org, null, 0, 10);
        assertThat(all).extracting(DetailQueries.PersonLine::name).containsExactly("Ana Lima", "José Silva");
        assertThat(all.get(1).email()).isEqualTo("jose@acme.example");
        assertThat(all.get(1).phone()).isEqualTo("+55 11 5555-0000");
        assertThat(sections.people(org, "jose", 0, 10))
                .extracting(DetailQueries.PersonLine::name)
                .containsExactly("José Silva");
    }

    @Test
    void the_timeline_merges_changes_done_activities_and_notes_newest_first_with_owner_names() {
        var org = organization("Acme");
        clock.set(clock.instant().plusSeconds(60));
        organizations.update(
                org.id(), org.version(), new OrganizationInput("Acme Two", null, data.userId(DemoUser.SALES_1)));
        clock.set(clock.instant().plusSeconds(60));
        ActivityDetails call = activity(org.id(), null, null, TODAY);
        activities.markDone(call.id(), call.version());
        clock.set(clock.instant().plusSeconds(60));
        notes.add("Called", new Links(org.id(), null, null));

        List<TimelineEntry> timeline = sections.timeline(DetailScope.organization(org.id()), 0, 10);
        assertThat(timeline)
                .extracting(TimelineEntry::kind)
                .startsWith(TimelineEntry.Kind.NOTE, TimelineEntry.Kind.ACTIVITY);
        assertThat(timeline)
                .filteredOn(e -> "owner".equals(e.field()))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.oldValue()).isEqualTo(data.user(DemoUser.USER).displayName());
                    assertThat(e.newValue())
                            .isEqualTo(data.user(DemoUser.SALES_1).displayName());
                });
        assertThat(timeline)
                .filteredOn(e -> "name".equals(e.field()))
                .singleElement()
                .satisfies(e -> assertThat(e.userName())
                        .isEqualTo(data.user(DemoUser.USER).displayName()));
        assertThat(sections.counts(DetailScope.organization(org.id())).history())
                .isEqualTo(timeline.size());
    }

    @Test
    void a_persons_lines_are_what_is_linked_to_them_and_their_history_names_their_organizations() {
        var acme = organization("Acme");
        long other = organization("Other").id();
        var ana = person("Ana Lima", acme.id());
        long bia = person("Bia Souza", acme.id()).id();
        ActivityDetails call = activity(acme.id(), ana.id(), null, TODAY);
        activity(acme.id(), bia, null, TODAY);
        activities.markDone(call.id(), call.version());
        deals.create(new com.contas.deal.DealInput(
                "Via Ana", new java.math.BigDecimal("10"), "BRL", null, ana.id(), me, null, null));
        deal(acme.id(), "20", "BRL");
        notes.add("About Ana", new Links(null, ana.id(), null));
        notes.add("About Acme", new Links(acme.id(), null, null));
        clock.set(clock.instant().plusSeconds(60));
        people.linkTo(ana.id(), ana.version(), other);
        DetailScope scope = DetailScope.person(ana.id());

        assertThat(sections.activities(scope, 0, 10))
                .extracting(DetailQueries.ActivityLine::id)
                .containsExactly(call.id());
        assertThat(sections.deals(scope, 0, 10))
                .singleElement()
                .satisfies(d -> assertThat(d.personName()).isEqualTo("Ana Lima"));
        assertThat(sections.notes(scope, 0, 10))
                .extracting(DetailQueries.NoteLine::body)
                .containsExactly("About Ana");
        assertThat(sections.files(scope, 0, 10)).isEmpty();
        List<TimelineEntry> timeline = sections.timeline(scope, 0, 10);
        assertThat(timeline)
                .extracting(TimelineEntry::kind)
                .containsExactlyInAnyOrder(
                        TimelineEntry.Kind.CHANGE, TimelineEntry.Kind.ACTIVITY, TimelineEntry.Kind.NOTE);
        assertThat(timeline.get(0)).satisfies(moved -> {
            assertThat(moved.field()).isEqualTo("organization");
            assertThat(moved.oldValue()).isEqualTo("Acme");
            assertThat(moved.newValue()).isEqualTo("Other");
        });
        var counts = sections.counts(scope);
        assertThat(List.of(counts.activities(), counts.deals(), counts.people(), counts.notes(), counts.history()))
                .containsExactly(1, 1, 0, 1, timeline.size());
    }

    @Test
    void notes_list_pinned_ones_first_and_files_never_read_their_bytes() {
        long org = organization("Acme").id();
        var first = notes.add("First", new Links(org, null, null));
        clock.set(clock.instant().plusSeconds(60));
        notes.add("Second", new Links(org, null, null));
        notes.setPinned(first.id(), first.version(), true);

        assertThat(sections.notes(DetailScope.organization(org), 0, 10))
                .extracting(DetailQueries.NoteLine::body)
                .containsExactly("First", "Second");
        assertThat(sections.counts(DetailScope.organization(org)).notes()).isEqualTo(2);
        assertThat(sections.files(DetailScope.organization(org), 0, 10)).isEmpty();
    }

    @Test
    void the_deleted_list_holds_what_the_viewer_may_restore_from_the_last_30_days() throws Exception {
        long org = organization("Acme").id();
        DetailScope scope = DetailScope.organization(org);
        var old = notes.add("Deleted long ago", new Links(org, null, null));
        notes.delete(old.id(), old.version());
        clock.set(clock.instant().plus(java.time.Duration.ofDays(31)));
        var mine = notes.add("Mine", new Links(org, null, null));
        notes.delete(mine.id(), mine.version());
        data.asOtherUser(DemoUser.SALES_1, () -> {
            var theirs = notes.add("Theirs", new Links(org, null, null));
            notes.delete(theirs.id(), theirs.version());
        });
        long colleague = data.userId(DemoUser.SALES_1);
        long admin = data.userId(DemoUser.ADMIN);

        assertThat(sections.deleted(DetailQueries.Trashed.NOTES, scope, me, false, 0, 10))
                .extracting(DetailQueries.DeletedLine::label, DetailQueries.DeletedLine::deletedByName)
                .containsExactly(tuple("Mine", "Lucas Ferreira"));
        assertThat(sections.deletedCount(DetailQueries.Trashed.NOTES, scope, colleague, false))
                .isEqualTo(1);
        assertThat(sections.deleted(DetailQueries.Trashed.NOTES, scope, admin, true, 0, 10))
                .extracting(DetailQueries.DeletedLine::label)
                .containsExactly("Theirs", "Mine");
        assertThat(sections.deletedCount(DetailQueries.Trashed.FILES, scope, admin, true))
                .isZero();
    }
}
