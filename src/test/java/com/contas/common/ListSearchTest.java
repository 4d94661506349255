package com.contas.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.contas.activity.ActivityFilter;
import com.contas.activity.ActivityInput;
import com.contas.activity.ActivityRow;
import com.contas.activity.ActivityType;
import com.contas.deal.DealFilter;
import com.contas.deal.DealInput;
import com.contas.deal.DealRow;
import com.contas.person.PersonFilter;
import com.contas.person.PersonInput;
import com.contas.person.PersonRow;
import com.contas.testsupport.ServiceTestBase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The searches of the deals, people and activities lists, written as a union of id sets (each
 * place served by its own index): the same rows as "this column or that one" would find, each
 * once, never from the trash; one letter filters nothing. On both databases.
 */
class ListSearchTest extends ServiceTestBase {

    private List<String> deals(String search) {
        List<String> titles = deals.list(new DealFilter(search, null, null), PageSpec.first(50)).stream()
                .map(DealRow::title).toList();
        assertThat(deals.count(new DealFilter(search, null, null))).isEqualTo(titles.size());
        return titles;
    }

    private List<String> people(String search) {
        List<String> names = people.list(new PersonFilter(search, null), PageSpec.first(50)).stream()
                .map(PersonRow::name).toList();
        assertThat(people.count(new PersonFilter(search, null))).isEqualTo(names.size());
        return names;
    }

    private List<String> activities(String search) {
        ActivityFilter filter = new ActivityFilter(search, null, false, null, null, null, null);
        List<String> subjects = activities.list(filter, PageSpec.first(50)).stream().map(ActivityRow::subject).toList();
        assertThat(activities.count(filter)).isEqualTo(subjects.size());
        return subjects;
    }

    private void deal(String title, Long organizationId) {
        deals.create(new DealInput(title, BigDecimal.TEN, "BRL", organizationId, null, me, null, null));
    }

    private void activity(String subject, Long organizationId) {
        activities.schedule(new ActivityInput(ActivityType.CALL, subject, LocalDate.of(2026, 3, 12), null, null, null,
                organizationId, null, null, me));
    }

    @Test
    void a_deal_is_found_by_its_title_or_its_organizations_name_once_and_never_from_the_trash() {
        long otica = organization("Ótica Sul").id();
        long acme = organization("Acme").id();
        deal("Óculos para a Ótica", otica);
        deal("Renewal", otica);
        deal("Support plan", acme);
        var trashed = deals.create(new DealInput("Ótica extra", BigDecimal.ONE, "BRL", acme, null, me, null, null));
        deals.delete(trashed.id(), trashed.version());

        assertThat(deals("otica")).containsExactly("Óculos para a Ótica", "Renewal");
        assertThat(deals("PLAN")).containsExactly("Support plan");
        assertThat(deals("ac")).containsExactly("Support plan");
        assertThat(deals("nothing like it")).isEmpty();
    }

    @Test
    void one_letter_filters_nothing_and_two_letters_search() {
        long acme = organization("Acme").id();
        deal("Alpha", acme);
        deal("Beta", acme);

        assertThat(deals("b")).containsExactly("Alpha", "Beta");
        assertThat(deals(" b ")).containsExactly("Alpha", "Beta");
        assertThat(deals("be")).containsExactly("Beta");
    }

    @Test
    void a_person_is_found_by_name_by_organization_or_by_the_first_email_only() {
        long acme = organization("Acme").id();
        people.create(new PersonInput("Bia Souza", acme, me, List.of("bia@acme.com", "bia@private.io"), List.of()));
        people.create(new PersonInput("João Acmeiro", null, me, List.of(), List.of()));
        people.create(new PersonInput("Caio", null, me, List.of("caio@ótima.com"), List.of()));
        var gone = people.create(new PersonInput("Acme Ghost", acme, me, List.of(), List.of()));
        people.delete(gone.id(), gone.version());

        assertThat(people("acme")).containsExactly("Bia Souza", "João Acmeiro");
        assertThat(people("joao")).containsExactly("João Acmeiro");
        assertThat(people("otima.com")).containsExactly("Caio");
        assertThat(people("private.io")).isEmpty();
    }

    @Test
    void an_activity_is_found_by_its_subject_or_its_organizations_name() {
        long otica = organization("Ótica Sul").id();
        long acme = organization("Acme").id();
        activity("Call about lenses", otica);
        activity("Send the Ótica proposal", acme);
        activity("Lunch", acme);
        var trashed = activities.schedule(new ActivityInput(ActivityType.CALL, "Ótica trashed",
                LocalDate.of(2026, 3, 12), null, null, null, acme, null, null, me));
        activities.delete(trashed.id(), trashed.version());

        assertThat(activities("otica")).containsExactlyInAnyOrder("Call about lenses", "Send the Ótica proposal");
        assertThat(activities("lunch")).containsExactly("Lunch");
    }
}
