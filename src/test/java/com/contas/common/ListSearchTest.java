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
                .map(DealRow::title)
                .toList();
        assertThat(deals.count(new DealFilter(search, null, null))).isEqualTo(titles.size());
        return titles;
    }

    private List<String> people(String search) {
        List<String> names = people.list(new PersonFilter(search, null), PageSpec.first(50)).stream()
                .map(PersonRow::name)
                .toList();
        assertThat(people.count(new PersonFilter(search, null))).isEqualTo(names.size());
        return names;
    }

    private List<String> activities(String search) {
        ActivityFilter filter = new ActivityFilter(search, null, false, null, null, null, null);
        List<String> subjects = activities.list(filter, PageSpec.first(50)).stream()
                .map(ActivityRow::subject)
                .toList();
        assertThat(activities.count(filter)).isEqualTo(subjects.size());
        return subjects;
    }

    private void deal(String title, Long organizationId) {
        deals.create(new DealInput(title, BigDecimal.TEN, "BRL", organizationId, null, me, null, null));
    }

    private void activity(String subject, Long organizationId) {
        activities.schedule(new ActivityInput(
                ActivityType.CALL,
                subject,
                LocalDate.of(2026, 3, 12),
                null,
                null,
                null,
                organizationId,
                null,
                null,
                me));
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
        assertThat(deals("ac")).containsExactly("Alpha", "Beta");
        assertThat(deals("acm")).containsExactly("Alpha", "Beta");
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
        var trashed = activities.schedule(new ActivityInput(
                ActivityType.CALL, "Ótica trashed", LocalDate.of(2026, 3, 12), null, null, null, acme, null, null, me));
        activities.delete(trashed.id(), trashed.version());

        assertThat(activities("otica")).containsExactlyInAnyOrder("Call about lenses", "Send the Ótica proposal");
        assertThat(activities("lunch")).containsExactly("Lunch");
    }

    /**
     * More deals than a list shows (com.contas.shell.ListPage.MAX_ROWS) and than a search turns
     * into a list of ids (SqlList.SELECTIVE_MATCHES): "Deal 0", "Deal 1"... and one "Rare find".
     */
    private static final int BULK_DEALS = SqlList.SELECTIVE_MATCHES + 1;

    private List<String> bulkDeals() {
        long stage = data.jdbc().queryForObject("select min(id) from deal_stage", Long.class);
        List<String> titles = java.util.stream.IntStream.rangeClosed(0, BULK_DEALS)
                .mapToObj(i -> i == 7 ? "Rare find" : "Deal " + i)
                .toList();
        data.jdbc()
                .batchUpdate(
                        "insert into deal (title, value, currency, status, owner_id, stage_id, created_at, "
                                + "updated_at) values (?, 100, 'BRL', 'OPEN', ?, ?, current_timestamp, current_timestamp)",
                        titles.stream()
                                .map(title -> new Object[] {title, me, stage})
                                .toList());
        return titles;
    }

    private static List<String> containing(List<String> titles, String text) {
        return titles.stream()
                .filter(title -> title.toLowerCase().contains(text))
                .sorted()
                .toList();
    }

    @Test
    void the_capped_count_stops_where_it_is_told_and_the_exact_count_does_not() {
        List<String> titles = bulkDeals();
        assertThat(deals.count(DealFilter.ALL, 5)).isEqualTo(5);
        assertThat(deals.count(DealFilter.ALL, 10_001)).isEqualTo(10_001);
        assertThat(deals.count(DealFilter.ALL)).isEqualTo(titles.size());
        assertThat(deals.count(new DealFilter("rare", null, null), 5)).isEqualTo(1);
    }

    /** Few matches are read by their ids, many by scanning in order (SqlList.searchIds): the same answers. */
    @Test
    void a_search_finds_the_same_rows_whether_few_or_many_match() {
        List<String> titles = bulkDeals();
        assertThat(containing(titles, "deal")).hasSizeGreaterThan(SqlList.SELECTIVE_MATCHES);
        assertThat(containing(titles, "deal 1")).hasSizeLessThan(SqlList.SELECTIVE_MATCHES);

        assertThat(deals.count(new DealFilter("deal 1", null, null)))
                .isEqualTo(containing(titles, "deal 1").size());
        assertThat(deals.count(new DealFilter("deal", null, null)))
                .isEqualTo(containing(titles, "deal").size());
        assertThat(deals.count(new DealFilter("deal", null, null), 100)).isEqualTo(100);
        assertThat(deals.count(new DealFilter("deal", com.contas.deal.DealStatus.WON, null), 100))
                .isZero();
        assertThat(deals.list(new DealFilter("deal", null, null), new PageSpec(0, 3, "title", true)))
                .extracting(DealRow::title)
                .containsExactlyElementsOf(containing(titles, "deal").subList(0, 3));
        assertThat(deals.list(new DealFilter("eal 99", null, null), PageSpec.first(500)))
                .extracting(DealRow::title)
                .containsExactlyElementsOf(containing(titles, "eal 99"));
        assertThat(deals.count(new DealFilter("zzz", null, null))).isZero();
    }
}
