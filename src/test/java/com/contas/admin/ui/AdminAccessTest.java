package com.contas.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.contas.security.DemoUser;
import com.contas.shell.AccessDeniedView;
import com.contas.testsupport.KaribuTestBase;
import com.vaadin.flow.component.Component;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every admin route refuses a USER and lets an ADMIN in (the services refuse too: see their tests). */
class AdminAccessTest extends KaribuTestBase {

    private static final Map<String, Class<? extends Component>> ROUTES = new LinkedHashMap<>();

    static {
        ROUTES.put("admin", AdminView.class);
        ROUTES.put("admin/users", AdminUsersView.class);
        ROUTES.put("admin/custom-fields", AdminCustomFieldsView.class);
        ROUTES.put("admin/currencies", AdminCurrenciesView.class);
        ROUTES.put("admin/settings", AdminSettingsView.class);
        ROUTES.put("admin/trash", AdminTrashView.class);
        ROUTES.put("admin/history", AdminHistoryView.class);
    }

    @Test
    void a_user_is_refused_at_every_admin_route() {
        signIn(DemoUser.USER);
        ROUTES.forEach((route, view) -> {
            ui().navigate(route);
            _get(AccessDeniedView.class);
            assertThat(_find(view)).as(route).isEmpty();
        });
    }

    @Test
    void an_admin_opens_every_admin_route() {
        signIn(DemoUser.ADMIN);
        ROUTES.forEach((route, view) -> {
            ui().navigate(route);
            _get(view);
        });
    }
}
