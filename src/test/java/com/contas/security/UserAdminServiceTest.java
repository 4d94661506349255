package com.contas.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.contas.account.AccountSummaryMaintainer;
import com.contas.common.PageSpec;
import com.contas.common.ValidationException;
import com.contas.testsupport.ServiceTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

class UserAdminServiceTest extends ServiceTestBase {

    @Autowired
    UserAdminService admin;

    @Autowired
    UserService userService;

    @Autowired
    WebApplicationContext web;

    @Autowired
    AccountSummaryMaintainer summary;

    private void asAdmin() {
        data.signIn(DemoUser.ADMIN);
    }

    private UserSummary newUser(String username, Role role) {
        return admin.create(new UserService.NewUser(username, "New " + username, null, "Rosa-de-Saron-1911", role));
    }

    private long version(long id) {
        return data.jdbc().queryForObject("select version from app_user where id = ?", Long.class, id);
    }

    /** Signs in through the security filter chain; where the login form sends the browser. */
    private String signIn(String username, String password) throws Exception {
        var signedIn = org.springframework.security.core.context.SecurityContextHolder.getContext();
        try {
            return MockMvcBuilders.webAppContextSetup(web)
                    .apply(springSecurity())
                    .build()
                    .perform(post("/login")
                            .session(new MockHttpSession())
                            .param("username", username)
                            .param("password", password))
                    .andReturn()
                    .getResponse()
                    .getRedirectedUrl();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(signedIn);
        }
    }

    @Test
    void a_user_is_refused_at_every_admin_service_method() {
        long id = data.userId(DemoUser.SALES_1);
        assertThatThrownBy(() -> admin.list(UserFilter.ALL, PageSpec.first(10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.count(UserFilter.ALL)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> newUser("eve", Role.ADMIN)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.update(id, 0, "X", null, Role.ADMIN)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.setActive(id, 0, false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.resetPassword(id, 0, "long-enough")).isInstanceOf(AccessDeniedException.class);
        assertThat(userService.findByUsername("eve")).isEmpty();
    }

    @Test
    void the_last_active_admin_can_be_neither_deactivated_nor_demoted() {
        asAdmin();
        long adminId = data.userId(DemoUser.ADMIN);

        ValidationException deactivate = catchThrowableOfType(
                ValidationException.class, () -> admin.setActive(adminId, version(adminId), false));
        assertThat(deactivate.problems())
                .extracting(p -> p.field() + " " + p.messageKey())
                .containsExactly("active validation.user.lastAdmin");
        ValidationException demote = catchThrowableOfType(
                ValidationException.class, () -> admin.update(adminId, version(adminId), "Beatriz", null, Role.USER));
        assertThat(demote.problems()).extracting(p -> p.field()).containsExactly("role");
        assertThat(userService.get(adminId).role()).isEqualTo(Role.ADMIN);
        assertThat(userService.get(adminId).active()).isTrue();

        // With a second active admin, the first may go.
        newUser("second", Role.ADMIN);
        admin.update(adminId, version(adminId), "Beatriz", null, Role.USER);
        assertThat(userService.get(adminId).role()).isEqualTo(Role.USER);
    }

    @Test
    void a_deactivated_admin_does_not_count_as_another_admin() {
        asAdmin();
        UserSummary second = newUser("second", Role.ADMIN);
        admin.setActive(second.id(), version(second.id()), false);
        long adminId = data.userId(DemoUser.ADMIN);
        assertThatThrownBy(() -> admin.setActive(adminId, version(adminId), false))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void a_deactivated_user_cannot_sign_in_keeps_their_data_and_can_be_reactivated() throws Exception {
        asAdmin();
        UserSummary carla = newUser("carla", Role.USER);
        assertThat(signIn("carla", "Rosa-de-Saron-1911")).isEqualTo("/");
        var org =
                organizations.create(new com.contas.organization.OrganizationInput("Carla's client", null, carla.id()));

        admin.setActive(carla.id(), version(carla.id()), false);

        assertThat(signIn("carla", "Rosa-de-Saron-1911")).isEqualTo("/login?error");
        assertThat(organizations.get(org.id()).ownerId()).isEqualTo(carla.id());
        assertThat(admin.list(new UserFilter("carla", false), PageSpec.first(5)))
                .extracting(UserRow::active)
                .containsExactly(false);
        assertThat(admin.count(new UserFilter("carla", true))).isZero();

        admin.setActive(carla.id(), version(carla.id()), true);
        assertThat(signIn("carla", "Rosa-de-Saron-1911")).isEqualTo("/");
    }

    private int epoch(long id) {
        return data.jdbc().queryForObject("select session_epoch from app_user where id = ?", Integer.class, id);
    }

    @Test
    void a_password_reset_ends_the_users_sessions_and_a_rename_or_a_role_change_does_not() {
        asAdmin();
        UserSummary ana = newUser("ana", Role.USER);
        int before = epoch(ana.id());

        admin.update(ana.id(), version(ana.id()), "Ana Maria", null, Role.USER);
        assertThat(epoch(ana.id())).as("renamed").isEqualTo(before);

        admin.update(ana.id(), version(ana.id()), "Ana Maria", null, Role.ADMIN);
        assertThat(epoch(ana.id()))
                .as("promoted: the next request reads the role")
                .isEqualTo(before);

        admin.resetPassword(ana.id(), version(ana.id()), "Chega-de-Saudade-1959");
        assertThat(epoch(ana.id())).as("password reset").isEqualTo(before + 1);
    }

    @Test
    void a_password_of_over_72_bytes_is_refused_next_to_its_field_not_thrown_by_bcrypt() {
        asAdmin();
        UserSummary ana = newUser("ana", Role.USER);
        ValidationException refused = org.junit.jupiter.api.Assertions.assertThrows(
                ValidationException.class, () -> admin.resetPassword(ana.id(), version(ana.id()), "é".repeat(40)));
        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("password");
            assertThat(p.messageKey()).isEqualTo("validation.password.tooManyBytes");
        });
    }

    @Test
    void a_reset_password_replaces_the_old_one_and_a_short_one_is_refused() throws Exception {
        asAdmin();
        UserSummary dan = newUser("dan", Role.USER);
        ValidationException tooShort = catchThrowableOfType(
                ValidationException.class, () -> admin.resetPassword(dan.id(), version(dan.id()), "short"));
        assertThat(tooShort.problems()).extracting(p -> p.field()).containsExactly("password");

        admin.resetPassword(dan.id(), version(dan.id()), "Chega-de-Saudade-1959");

        assertThat(signIn("dan", "Rosa-de-Saron-1911")).isEqualTo("/login?error");
        assertThat(signIn("dan", "Chega-de-Saudade-1959")).isEqualTo("/");
    }

    private java.util.List<String> refusalsOfReset(long id, String password) {
        ValidationException refused =
                catchThrowableOfType(ValidationException.class, () -> admin.resetPassword(id, version(id), password));
        assertThat(refused).as(password).isNotNull();
        return refused.problems().stream()
                .map(p -> p.field() + " " + p.messageKey())
                .toList();
    }

    @Test
    void a_password_set_by_an_admin_follows_the_policy_and_a_refused_one_changes_nothing() {
        asAdmin();
        UserSummary ana = newUser("ana", Role.USER);
        String hash =
                data.jdbc().queryForObject("select password_hash from app_user where id = ?", String.class, ana.id());

        assertThat(refusalsOfReset(ana.id(), "eleven-char")).containsExactly("password validation.passwordTooShort");
        assertThat(refusalsOfReset(ana.id(), "password1234")).containsExactly("password validation.password.common");
        assertThat(refusalsOfReset(ana.id(), "new-ana-password"))
                .containsExactly("password validation.password.guessable");
        assertThat(refusalsOfReset(ana.id(), "x".repeat(73)))
                .containsExactly("password validation.password.tooManyBytes");
        ValidationException created = catchThrowableOfType(
                ValidationException.class,
                () -> admin.create(new UserService.NewUser("eve", "Eve", null, "password1234", Role.USER)));
        assertThat(created.problems()).extracting(p -> p.field()).containsExactly("password");

        assertThat(data.jdbc()
                        .queryForObject("select password_hash from app_user where id = ?", String.class, ana.id()))
                .isEqualTo(hash);
        assertThat(userService.findByUsername("eve")).isEmpty();
    }

    @Test
    void renaming_a_user_sorts_their_accounts_under_the_new_name() {
        var org = organization("Acme");
        var deal = deal(org.id(), "10", "BRL");
        deals.markWon(deal.id(), deal.version());
        asAdmin();

        admin.update(me, version(me), "Zé Ninguém", "ze@example.com", Role.USER);

        assertThat(data.jdbc()
                        .queryForObject(
                                "select owner_sort from account_summary where organization_id = ?",
                                String.class,
                                org.id()))
                .isEqualTo("ze ninguem");
        assertThat(summary.reconcile().clean()).isTrue();
    }

    @Test
    void an_edit_from_an_old_version_is_refused() {
        asAdmin();
        UserSummary eve = newUser("eve", Role.USER);
        long old = version(eve.id());
        admin.update(eve.id(), old, "Eve", null, Role.USER);
        assertThatThrownBy(() -> admin.update(eve.id(), old, "Eve Again", null, Role.USER))
                .isInstanceOf(com.contas.common.StaleVersionException.class);
    }
}
