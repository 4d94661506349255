package com.contas.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.contas.activity.ui.ActivityListView;
import com.contas.admin.ui.AdminCurrenciesView;
import com.contas.admin.ui.AdminHistoryView;
import com.contas.admin.ui.AdminTrashView;
import com.contas.admin.ui.AdminUsersView;
import com.contas.deal.ui.DealListView;
import com.contas.organization.ui.OrganizationListView;
import com.contas.person.ui.PersonListView;
import com.contas.security.DemoUser;
import com.contas.testsupport.ListViewTestBase;
import com.contas.testsupport.MockUi;
import com.contas.testsupport.SessionSerialization;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The list screens and their open forms can be written with the session (for session
 * replication): no service proxy or other object of ours that cannot be serialized is held.
 */
class ListViewsSessionTest extends ListViewTestBase {

    private static final String SERIALIZATION = "vaadin.devmode.sessionSerialization.enabled";

    @Test
    void every_list_screen_with_its_new_form_open_serializes_without_leaving_our_objects_out() {
        List<Class<? extends Component>> views = List.of(
                DealListView.class,
                OrganizationListView.class,
                PersonListView.class,
                ActivityListView.class,
                AdminUsersView.class,
                AdminCurrenciesView.class,
                AdminTrashView.class,
                AdminHistoryView.class);
        // Vaadin writes the UIs of a session only with this on (as in a replicated deployment).
        String before = System.setProperty(SERIALIZATION, "true");
        try {
            check(views);
        } finally {
            if (before == null) {
                System.clearProperty(SERIALIZATION);
            } else {
                System.setProperty(SERIALIZATION, before);
            }
        }
    }

    private void check(List<Class<? extends Component>> views) {
        for (Class<? extends Component> view : views) {
            // Writing a session leaves its UI unusable: a fresh one for every screen.
            MockUi.tearDown();
            MockUi.setUp(context);
            signIn(DemoUser.ADMIN);
            ui().navigate(view);
            column(0);
            _find(Button.class).stream()
                    .filter(b -> b.hasThemeName("primary"))
                    .findFirst()
                    .ifPresent(Button::click);
            SessionSerialization session = SessionSerialization.ofCurrentSession();
            assertThat(session.applicationClasses()).as(view.getSimpleName()).isEmpty();
            assertThat(session.bytes()).as(view.getSimpleName()).isGreaterThan(20_000);
        }
    }
}
