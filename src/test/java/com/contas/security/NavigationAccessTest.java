package com.contas.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.contas.account.ui.list.AccountListView;
import com.contas.admin.ui.AdminView;
import com.contas.security.ui.LoginView;
import com.contas.shell.AccessDeniedView;
import com.contas.testsupport.KaribuTestBase;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;

class NavigationAccessTest extends KaribuTestBase {

    private static List<String> navigationLabels() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    void an_anonymous_visitor_is_sent_to_the_login_page() {
        ui().navigate("accounts");
        _get(LoginView.class);
        assertThat(_find(AccountListView.class)).isEmpty();
    }

    @Test
    void an_anonymous_visitor_is_sent_to_the_login_page_from_admin() {
        ui().navigate("admin");
        _get(LoginView.class);
    }

    @Test
    void the_login_page_lists_the_demo_users_in_demo_mode() {
        ui().navigate(LoginView.class);
        String text = _get(LoginView.class).getElement().getTextRecursively();
        assertThat(text).contains("admin / admin123").contains("user / user1234");
    }

    @Test
    void a_user_sees_the_crm_navigation_without_admin() {
        signIn(DemoUser.USER);
        ui().navigate(AccountListView.class);

        _get(AccountListView.class);
        assertThat(navigationLabels()).containsExactly("Deals", "People", "Organizations", "Accounts", "Activities");
    }

    @Test
    void an_admin_demoted_while_signed_in_is_refused_at_admin_at_the_next_navigation() {
        signIn(DemoUser.ADMIN);
        ui().navigate("admin");
        _get(AdminView.class);

        data.jdbc().update("update app_user set role = 'USER' where username = ?", DemoUser.ADMIN.username());
        ui().navigate(AccountListView.class);
        ui().navigate("admin");

        assertThat(_find(AdminView.class)).isEmpty();
        _get(AccessDeniedView.class);
        assertThat(navigationLabels()).doesNotContain("Admin");
    }

    @Test
    void a_user_is_refused_at_admin() {
        signIn(DemoUser.USER);
        ui().navigate("admin");

        assertThat(_find(AdminView.class)).isEmpty();
        _get(AccessDeniedView.class);
    }

    @Test
    void an_admin_sees_admin_in_the_navigation_and_gets_in() {
        signIn(DemoUser.ADMIN);
        ui().navigate("admin");

        _get(AdminView.class);
        assertThat(navigationLabels()).contains("Admin");
    }

    @Test
    void the_root_address_opens_the_accounts() {
        signIn(DemoUser.USER);
        ui().navigate("");
        _get(AccountListView.class);
    }

    @Test
    void the_navigation_speaks_portuguese_to_a_brazilian_user() {
        signIn(DemoUser.USER);
        ui().setLocale(new java.util.Locale("pt", "BR"));
        ui().navigate(AccountListView.class);
        assertThat(navigationLabels()).contains("Negócios", "Pessoas", "Organizações", "Atividades");
    }
}
