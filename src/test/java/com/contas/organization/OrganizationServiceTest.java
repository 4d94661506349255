package com.contas.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.contas.common.NotFoundException;
import com.contas.common.StaleVersionException;
import com.contas.history.HistoryService;
import com.contas.security.DemoUser;
import com.contas.testsupport.ServiceTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class OrganizationServiceTest extends ServiceTestBase {

    @Autowired
    HistoryService history;

    @Test
    void creating_an_organization_trims_its_name_and_keeps_the_owner() {
        OrganizationDetails org = organizations.create(new OrganizationInput("  Açaí Brasil Ltda  ", null, me));

        assertThat(organizations.get(org.id())).satisfies(o -> {
            assertThat(o.name()).isEqualTo("Açaí Brasil Ltda");
            assertThat(o.ownerId()).isEqualTo(me);
            assertThat(o.address()).isNull();
        });
    }

    @Test
    void a_blank_name_is_refused_and_nothing_is_written() {
        assertRefusedWithoutWrites("name", () -> organizations.create(new OrganizationInput("   ", null, me)));
    }

    @Test
    void a_300_character_name_is_refused_and_nothing_is_written() {
        var e = assertRefusedWithoutWrites(
                "name", () -> organizations.create(new OrganizationInput("x".repeat(300), null, me)));
        assertThat(e.problemFor("name").orElseThrow().messageKey()).isEqualTo("validation.tooLong");
    }

    @Test
    void a_name_with_control_characters_is_refused() {
        assertRefusedWithoutWrites("name", () -> organizations.create(new OrganizationInput("Acme\u0000", null, me)));
    }

    @Test
    void an_unknown_owner_is_refused_and_nothing_is_written() {
        assertRefusedWithoutWrites(
                "ownerId", () -> organizations.create(new OrganizationInput("Acme", null, 999_999L)));
    }

    @Test
    void an_edit_based_on_a_stale_version_is_refused_and_keeps_the_other_users_change() {
        OrganizationDetails org = organization("Acme");
        organizations.update(org.id(), org.version(), new OrganizationInput("Acme (Ana's edit)", null, me));

        assertThatThrownBy(() ->
                        organizations.update(org.id(), org.version(), new OrganizationInput("Acme (Bruno)", null, me)))
                .isInstanceOf(StaleVersionException.class);
        assertThat(organizations.get(org.id()).name()).isEqualTo("Acme (Ana's edit)");
    }

    @Test
    void an_edit_is_recorded_in_the_history_with_old_and_new_values() {
        OrganizationDetails org = organization("Acme");
        organizations.update(org.id(), org.version(), new OrganizationInput("Acme Global", org.address(), me));

        assertThat(history.forOrganization(org.id(), 10)).singleElement().satisfies(change -> {
            assertThat(change.field()).isEqualTo("name");
            assertThat(change.oldValue()).isEqualTo("Acme");
            assertThat(change.newValue()).isEqualTo("Acme Global");
            assertThat(change.changedBy()).isEqualTo(me);
        });
    }

    @Test
    void a_deleted_organization_is_not_found_until_it_is_restored() {
        OrganizationDetails org = organization("Acme");
        organizations.delete(org.id(), org.version());

        assertThatThrownBy(() -> organizations.get(org.id())).isInstanceOf(NotFoundException.class);
        assertThat(organizations.exists(org.id())).isFalse();

        organizations.restore(org.id());
        assertThat(organizations.get(org.id()).name()).isEqualTo("Acme");
    }

    @Test
    void only_the_owner_or_an_admin_may_restore_an_organization() {
        OrganizationDetails org = organization("Acme");
        organizations.delete(org.id(), org.version());

        data.signIn(DemoUser.SALES_1);
        assertThatThrownBy(() -> organizations.restore(org.id())).isInstanceOf(AccessDeniedException.class);

        data.signIn(DemoUser.ADMIN);
        assertThat(organizations.restore(org.id()).id()).isEqualTo(org.id());
    }
}
