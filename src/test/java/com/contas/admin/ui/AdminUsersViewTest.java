package com.contas.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.contas.security.DemoUser;
import com.contas.security.Role;
import com.contas.security.UserService;
import com.contas.shell.FormDialog;
import com.contas.testsupport.ListViewTestBase;
import com.contas.testsupport.Screen;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AdminUsersViewTest extends ListViewTestBase {

    @Autowired
    UserService users;

    @Autowired
    com.contas.security.UserAdminService admin;

    @Test
    void an_admin_creates_a_user_after_correcting_bad_input() {
        signIn(DemoUser.ADMIN);
        ui().navigate("admin");
        ui().navigate(AdminUsersView.class);
        click(_get(AdminUsersView.class), "New user");
        FormDialog form = _get(FormDialog.class);
        field(form, TextField.class, "Username").setValue("bad name!");
        field(form, PasswordField.class, "Password").setValue("short");
        var before = data.rowCounts();
        click(form, "Save");
        assertThat(field(form, TextField.class, "Username").getErrorMessage())
                .isEqualTo("Use only letters, digits and . _ @ -");
        assertThat(field(form, TextField.class, "Name").getErrorMessage()).isEqualTo("Required");
        assertThat(field(form, PasswordField.class, "Password").getErrorMessage())
                .isEqualTo("At least 12 characters");
        assertThat(data.rowCounts()).isEqualTo(before);

        field(form, TextField.class, "Username").setValue("paula");
        field(form, TextField.class, "Name").setValue("Paula Souza");
        field(form, PasswordField.class, "Password").setValue("Rosa-de-Saron-1911");
        click(form, "Save");
        assertThat(column(0)).contains("Paula Souza");
        assertThat(users.findByUsername("paula").orElseThrow().role()).isEqualTo(Role.USER);
    }

    @Test
    void the_last_admin_is_told_why_they_cannot_deactivate_or_demote_themselves() {
        signIn(DemoUser.ADMIN);
        ui().navigate(AdminUsersView.class);
        FormDialog form = openRow("Beatriz Almeida");
        click(form, "Deactivate");
        assertThat(Screen.formError(form)).contains("last active administrator");

        @SuppressWarnings("unchecked")
        Select<Role> role = field(form, Select.class, "Role");
        role.setValue(Role.USER);
        click(form, "Save");
        assertThat(role.getErrorMessage()).contains("last active administrator");
        assertThat(users.get(data.userId(DemoUser.ADMIN)).role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void a_deactivated_user_leaves_the_list_of_active_users() {
        signIn(DemoUser.ADMIN);
        ui().navigate(AdminUsersView.class);
        click(openRow("Mariana Costa"), "Deactivate");
        assertThat(column(0)).doesNotContain("Mariana Costa");
        assertThat(users.get(data.userId(DemoUser.SALES_1)).active()).isFalse();

        field(_get(AdminUsersView.class), Checkbox.class, "Show deactivated users")
                .setValue(true);
        assertThat(column(0)).contains("Mariana Costa");
        assertThat(column(4).get(column(0).indexOf("Mariana Costa"))).isEqualTo("Deactivated");
    }

    @Test
    void an_admin_sees_a_locked_sign_in_and_unlocks_it() {
        // Mariana's name failed ten times: locked for 15 minutes.
        data.jdbc()
                .update(
                        "insert into sign_in_throttle (throttle_key, failures, updated_at, locked_until) values (?, 10, ?, ?)",
                        "user:" + DemoUser.SALES_1.username(),
                        clock.instant().atOffset(java.time.ZoneOffset.UTC),
                        clock.instant().plusSeconds(900).atOffset(java.time.ZoneOffset.UTC));
        signIn(DemoUser.ADMIN);
        ui().navigate(AdminUsersView.class);
        assertThat(column(4).get(column(0).indexOf("Mariana Costa"))).isEqualTo("Sign-in locked");
        assertThat(_find(
                        openRow("Lucas Ferreira"),
                        com.vaadin.flow.component.button.Button.class,
                        spec -> spec.withText("Unlock sign-in")))
                .as("not locked: no button")
                .isEmpty();
        _get(FormDialog.class).close();

        click(openRow("Mariana Costa"), "Unlock sign-in");

        assertThat(notifications()).contains("Mariana Costa can sign in again.");
        assertThat(column(4).get(column(0).indexOf("Mariana Costa"))).isEqualTo("Active");
        assertThat(data.jdbc().queryForObject("select count(*) from sign_in_throttle", Long.class))
                .isZero();
    }

    @Test
    void the_users_list_sorts_and_searches_in_the_database() {
        signIn(DemoUser.ADMIN);
        ui().navigate(AdminUsersView.class);
        assertThat(column(0))
                .containsExactly("Beatriz Almeida", "James Walker", "Lucas Ferreira", "Mariana Costa", "Sofia Ribeiro");
        sort("username", com.vaadin.flow.data.provider.SortDirection.ASCENDING);
        assertThat(column(1)).containsExactly("admin", "james", "mariana", "sofia", "user");
        sort("role", com.vaadin.flow.data.provider.SortDirection.ASCENDING);
        assertThat(column(3).get(0)).isEqualTo("Administrator");
        search("MARI");
        assertThat(column(0)).containsExactly("Mariana Costa");
    }

    @Test
    void a_user_deactivated_while_signed_in_is_signed_out_at_the_next_navigation() {
        signIn(DemoUser.SALES_1);
        ui().navigate(com.contas.deal.ui.DealListView.class);
        _get(com.contas.deal.ui.DealListView.class);

        signIn(DemoUser.ADMIN);
        long mariana = data.userId(DemoUser.SALES_1);
        admin.setActive(
                mariana,
                data.jdbc().queryForObject("select version from app_user where id = ?", Long.class, mariana),
                false);
        signIn(DemoUser.SALES_1);

        ui().navigate(com.contas.organization.ui.OrganizationListView.class);
        _get(com.contas.security.ui.LoginView.class);
        assertThat(_find(com.contas.organization.ui.OrganizationListView.class)).isEmpty();
    }
}
