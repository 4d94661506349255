package com.contas.trash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.contas.account.AccountFilter;
import com.contas.account.AccountQueries;
import com.contas.common.PageSpec;
import com.contas.note.NoteService;
import com.contas.security.DemoUser;
import com.contas.testsupport.ServiceTestBase;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class TrashServiceTest extends ServiceTestBase {

    @Autowired
    TrashService trash;

    @Autowired
    AccountQueries accounts;

    @Autowired
    NoteService notes;

    private long count(String table) {
        return data.jdbc().queryForObject("select count(*) from " + table, Long.class);
    }

    @Test
    void a_user_cannot_list_the_trash() {
        assertThatThrownBy(() -> trash.list(TrashFilter.ALL, PageSpec.first(5)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> trash.count(TrashFilter.ALL)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_trash_lists_what_was_deleted_in_the_last_30_days_by_kind() {
        var org = organization("Acme");
        var deal = deal(org.id(), "10", "BRL");
        deals.delete(deal.id(), deal.version());
        clock.set(clock.instant().plus(Duration.ofDays(20)));
        var person = person("Ana", org.id());
        people.delete(person.id(), person.version());
        data.signIn(DemoUser.ADMIN);

        assertThat(trash.list(TrashFilter.ALL, PageSpec.first(10)))
                .extracting(TrashRow::type, TrashRow::label)
                .containsExactly(tuple("Person", "Ana"), tuple("Deal", "Deal 10"));
        assertThat(trash.count(new TrashFilter("Deal", null))).isEqualTo(1);
        assertThat(trash.count(new TrashFilter(null, "ana"))).isEqualTo(1);
        TrashRow row =
                trash.list(new TrashFilter("Person", null), PageSpec.first(1)).get(0);
        assertThat(row.deletedByName()).isEqualTo("Lucas Ferreira");

        clock.set(clock.instant().plus(Duration.ofDays(11)));
        assertThat(trash.list(TrashFilter.ALL, PageSpec.first(10)))
                .extracting(TrashRow::label)
                .containsExactly("Ana");
    }

    @Test
    void a_restored_won_deal_counts_again_for_its_account() {
        var org = organization("Acme");
        var deal = deal(org.id(), "100", "BRL");
        deal = deals.markWon(deal.id(), deal.version());
        deals.delete(deal.id(), deal.version());
        assertThat(accounts.count(AccountFilter.ALL)).isZero();

        trash.restore("Deal", deal.id());

        assertThat(accounts.count(AccountFilter.ALL)).isEqualTo(1);
        assertThat(accounts.page(AccountFilter.ALL, com.contas.account.AccountSort.BY_NAME, 0, 1)
                        .get(0)
                        .wonValue())
                .isEqualByComparingTo("100");
    }

    @Test
    void another_user_may_not_restore_what_is_not_theirs() {
        var org = organization("Acme");
        organizations.delete(org.id(), org.version());
        data.signIn(DemoUser.SALES_1);
        assertThatThrownBy(() -> trash.restore("Organization", org.id())).isInstanceOf(AccessDeniedException.class);
        data.signIn(DemoUser.ADMIN);
        trash.restore("Organization", org.id());
        assertThat(organizations.exists(org.id())).isTrue();
    }

    @Test
    void the_purge_deletes_only_what_has_been_in_the_trash_over_30_days_and_unlinks_the_rest() {
        var old = organization("Old Co");
        var ana = person("Ana", old.id());
        var deal = deal(old.id(), "10", "BRL");
        activity(old.id(), ana.id(), deal.id(), LocalDate.of(2026, 3, 20));
        var oldNote = notes.add("Old note", new com.contas.link.Links(old.id(), null, null));
        notes.delete(oldNote.id(), oldNote.version());
        organizations.delete(old.id(), old.version());
        Instant deletedAt = clock.instant();

        clock.set(deletedAt.plus(Duration.ofDays(29)));
        var recent = organization("Recent Co");
        organizations.delete(recent.id(), recent.version());
        assertThat(trash.purge().values()).allMatch(n -> n == 0);

        clock.set(deletedAt.plus(Duration.ofDays(30)).plusSeconds(1));
        var purged = trash.purge();

        assertThat(purged).containsEntry("Organization", 1).containsEntry("Note", 1);
        assertThat(data.jdbc().queryForList("select name from organization", String.class))
                .containsExactly("Recent Co");
        assertThat(count("note")).isZero();
        // The person, deal and activity were not deleted: they stay, without the organization.
        assertThat(people.get(ana.id()).organizationId()).isNull();
        assertThat(deals.get(deal.id()).organizationId()).isNull();
        assertThat(count("activity where organization_id is null and person_id is not null"))
                .isEqualTo(1);
        assertThat(count("account_summary where organization_id = " + old.id())).isZero();
    }
}
