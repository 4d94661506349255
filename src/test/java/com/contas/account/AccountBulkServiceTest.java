package com.contas.account;

import static com.contas.testsupport.MutableClock.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import com.contas.activity.ActivityInput;
import com.contas.activity.ActivityType;
import com.contas.organization.OrganizationService;
import com.contas.security.DemoUser;
import com.contas.testsupport.Accounts;
import com.contas.testsupport.ServiceTestBase;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AccountBulkServiceTest extends ServiceTestBase {

    @Autowired
    Accounts given;

    @Autowired
    AccountBulkService bulk;

    @Autowired
    AccountQueries accounts;

    @Autowired
    OrganizationService organizations;

    long me;
    long mariana;
    long acme;
    long bruno;
    long caju;

    @BeforeEach
    void threeAccounts() {
        data.signIn(DemoUser.USER);
        me = data.userId(DemoUser.USER);
        mariana = data.userId(DemoUser.SALES_1);
        acme = given.account("Acme Corp", me);
        bruno = given.account("Bruno Ltda", me);
        caju = given.account("Caju SA", mariana);
    }

    private long owner(long id) {
        return accounts.row(id).orElseThrow().ownerId();
    }

    @Test
    void every_account_a_filter_finds_gets_the_new_owner_with_a_history_record_each_and_undo_puts_them_back() {
        AccountFilter mine = AccountFilter.ALL.withOwner(me);

        var done = bulk.reassign(AccountBulkService.Target.allMatching(mine), mariana);

        assertThat(done.count()).isEqualTo(2);
        assertThat(List.of(owner(acme), owner(bruno), owner(caju))).containsOnly(mariana);
        assertThat(accounts.row(acme).orElseThrow().ownerName())
                .isEqualTo(data.user(DemoUser.SALES_1).displayName());
        assertThat(data.jdbc()
                        .queryForObject(
                                "select count(*) from change_record where field = 'owner' and entity_type = 'Organization'",
                                Long.class))
                .isEqualTo(2);

        assertThat(bulk.undo(done)).isEqualTo(2);
        assertThat(owner(acme)).isEqualTo(me);
        assertThat(owner(bruno)).isEqualTo(me);
        assertThat(owner(caju)).isEqualTo(mariana);
    }

    @Test
    void undo_leaves_an_account_whose_owner_changed_again_since() {
        var done = bulk.reassign(AccountBulkService.Target.chosen(Set.of(acme, bruno)), mariana);
        organizations.reassign(List.of(bruno), data.userId(DemoUser.ADMIN));

        assertThat(bulk.undo(done)).isEqualTo(1);
        assertThat(owner(acme)).isEqualTo(me);
        assertThat(owner(bruno)).isEqualTo(data.userId(DemoUser.ADMIN));
    }

    @Test
    void the_same_follow_up_is_scheduled_for_each_chosen_account() {
        int scheduled = bulk.scheduleForEach(
                AccountBulkService.Target.chosen(Set.of(acme, caju)),
                new ActivityInput(
                        ActivityType.CALL, "Renewal check", TODAY.plusDays(3), null, null, null, null, null, null, me));

        assertThat(scheduled).isEqualTo(2);
        assertThat(accounts.row(acme).orElseThrow().nextActivity().subject()).isEqualTo("Renewal check");
        assertThat(accounts.row(caju).orElseThrow().nextActivity().subject()).isEqualTo("Renewal check");
        assertThat(accounts.row(bruno).orElseThrow().nextActivity()).isNull();
    }
}
