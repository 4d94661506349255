package com.contas.common;

import static com.contas.testsupport.MutableClock.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import com.contas.activity.ActivityFilter;
import com.contas.activity.ActivityRow;
import com.contas.deal.DealFilter;
import com.contas.deal.DealRow;
import com.contas.deal.DealStatus;
import com.contas.organization.OrganizationFilter;
import com.contas.organization.OrganizationRow;
import com.contas.person.PersonFilter;
import com.contas.person.PersonInput;
import com.contas.person.PersonRow;
import com.contas.testsupport.ServiceTestBase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lists' queries (filter, sort, page, count) on both databases. */
class BrowseListsTest extends ServiceTestBase {

    private static List<String> names(List<?> rows) {
        return rows.stream().map(BrowseListsTest::name).toList();
    }

    private static String name(Object row) {
        if (row instanceof DealRow d) {
            return d.title();
        }
        if (row instanceof OrganizationRow o) {
            return o.name();
        }
        return row instanceof PersonRow p ? p.name() : ((ActivityRow) row).subject();
    }

    @Test
    void deals_are_filtered_sorted_paged_and_counted_in_the_database_without_the_trash() {
        long acme = organization("Acme").id();
        long otica = organization("Ótica Sul").id();
        deal(acme, "300", "BRL");
        var won = deal(otica, "100", "USD");
        deals.markWon(won.id(), won.version());
        var trashed = deal(acme, "999", "BRL");
        deals.delete(trashed.id(), trashed.version());

        assertThat(deals.count(DealFilter.ALL)).isEqualTo(2);
        assertThat(names(deals.list(DealFilter.ALL, new PageSpec(0, 10, "value", false))))
                .containsExactly("Deal 300", "Deal 100");
        assertThat(names(deals.list(DealFilter.ALL, new PageSpec(1, 1, "value", false))))
                .containsExactly("Deal 100");
        assertThat(names(deals.list(new DealFilter("OTICA", null, null), PageSpec.first(10))))
                .containsExactly("Deal 100");
        assertThat(deals.count(new DealFilter(null, DealStatus.WON, me))).isEqualTo(1);
        assertThat(deals.count(new DealFilter("100%", null, null))).isZero();
        DealRow row = deals.list(new DealFilter(null, DealStatus.WON, null), PageSpec.first(1))
                .get(0);
        assertThat(row.organizationName()).isEqualTo("Ótica Sul");
        assertThat(row.wonAt()).isNotNull();
        assertThat(row.ownerName()).isEqualTo("Lucas Ferreira");
    }

    @Test
    void organizations_sort_names_without_accents_and_know_which_are_accounts() {
        long acme = organization("acme").id();
        organization("Ótica Sul");
        organization("Zebra");
        person("Ana", acme);
        var won = deal(acme, "10", "BRL");
        deals.markWon(won.id(), won.version());

        assertThat(names(organizations.list(OrganizationFilter.ALL, PageSpec.first(10))))
                .containsExactly("acme", "Ótica Sul", "Zebra");
        List<OrganizationRow> accounts =
                organizations.list(new OrganizationFilter(null, null, true), PageSpec.first(10));
        assertThat(accounts)
                .extracting(OrganizationRow::name, OrganizationRow::account, OrganizationRow::peopleCount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("acme", true, 1L));
        assertThat(organizations.options("ótica", PageSpec.first(5)))
                .extracting(Option::label)
                .containsExactly("Ótica Sul");
    }

    @Test
    void people_show_their_first_email_and_phone_and_are_found_by_email() {
        long acme = organization("Acme").id();
        people.create(new PersonInput("Bia", acme, me, List.of("bia@acme.com", "b@x.io"), List.of("123 456")));
        person("Caio", null);

        List<PersonRow> rows = people.list(new PersonFilter("ACME.COM", null), PageSpec.first(10));
        assertThat(rows)
                .extracting(PersonRow::name, PersonRow::email, PersonRow::phone, PersonRow::organizationName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Bia", "bia@acme.com", "123 456", "Acme"));
        assertThat(names(people.list(PersonFilter.ALL, new PageSpec(0, 10, "organization", true))))
                .containsExactly("Bia", "Caio");
    }

    @Test
    void overdue_activities_are_open_and_due_before_the_companys_today() {
        long acme = organization("Acme").id();
        activity(acme, null, null, TODAY.minusDays(1));
        var done = activity(acme, null, null, TODAY.minusDays(2));
        activities.markDone(done.id(), done.version());
        activity(acme, null, null, TODAY);
        // 01:00 UTC on the 12th is still the 11th in São Paulo: today's activity is not overdue yet.
        clock.set(java.time.Instant.parse("2026-03-12T01:00:00Z"));

        assertThat(activities.count(new ActivityFilter(null, null, true, null, null, null, null)))
                .isEqualTo(1);
        assertThat(activities.count(new ActivityFilter(null, true, false, null, null, null, null)))
                .isEqualTo(1);
        assertThat(activities.list(new ActivityFilter(null, null, false, null, null, TODAY, TODAY), PageSpec.first(5)))
                .extracting(ActivityRow::dueDate)
                .containsExactly(TODAY);
    }
}
