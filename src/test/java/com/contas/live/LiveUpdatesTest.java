package com.contas.live;

import static com.contas.testsupport.MutableClock.TODAY;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.contas.account.AccountBoardService;
import com.contas.account.AccountBucket;
import com.contas.account.AccountQueries;
import com.contas.account.AccountRow;
import com.contas.account.ui.drawer.AccountDrawer;
import com.contas.activity.ActivityDetails;
import com.contas.activity.ActivityInput;
import com.contas.activity.ActivityService;
import com.contas.activity.ActivityType;
import com.contas.deal.DealService;
import com.contas.link.Links;
import com.contas.note.NoteService;
import com.contas.organization.OrganizationInput;
import com.contas.organization.OrganizationService;
import com.contas.security.DemoUser;
import com.contas.testsupport.Accounts;
import com.contas.testsupport.KaribuTestBase;
import com.contas.testsupport.Screen;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What another user commits reaches screens already open (one instance, in-process): the board,
 * the list and the drawer update only what changed, and say who did it.
 */
class LiveUpdatesTest extends KaribuTestBase {

    @Autowired
    Accounts given;

    @Autowired
    OrganizationService organizations;

    @Autowired
    DealService deals;

    @Autowired
    ActivityService activities;

    @Autowired
    NoteService notes;

    @Autowired
    AccountBoardService board;

    @Autowired
    AccountQueries accounts;

    @Autowired
    LiveUpdates live;

    @Autowired
    MeterRegistry meters;

    long acme;
    ActivityDetails call;

    @BeforeEach
    void anAccountWithACallThisWeek() {
        signIn(DemoUser.USER);
        long me = data.userId(DemoUser.USER);
        acme = given.account("Acme Corp", me);
        call = given.call(acme, "Satisfaction call", TODAY.plusDays(1), me);
    }

    private void asMariana(Runnable write) throws InterruptedException {
        data.asOtherUser(DemoUser.SALES_1, write);
    }

    private static List<String> notices() {
        return Screen.notifications();
    }

    private String mariana() {
        return data.user(DemoUser.SALES_1).displayName();
    }

    @Test
    void a_move_made_elsewhere_moves_the_card_on_an_open_board_and_says_who_made_it() throws Exception {
        UI.getCurrent().navigate("accounts/board");
        var kanban = kanban();
        assertThat(kanban.getItems(AccountBucket.THIS_WEEK))
                .extracting(AccountRow::id)
                .containsExactly(acme);

        double movesBefore = meters.get("contas.board.moves").counter().count();
        long lagsBefore = meters.get("contas.live.lag").timer().count();
        double deliveriesBefore = meters.get("contas.live.deliveries").counter().count();
        asMariana(() ->
                board.move(acme, accounts.details(acme).orElseThrow().row().nextActivity(), AccountBucket.NEXT_WEEK));

        assertThat(Screen.eventually(
                        () -> kanban.getItems(AccountBucket.NEXT_WEEK).stream().anyMatch(r -> r.id() == acme)))
                .isTrue();
        assertThat(kanban.getItems(AccountBucket.THIS_WEEK)).isEmpty();
        assertThat(notices()).contains(mariana() + " moved Acme Corp to Next week");
        // What an operator sees of it: one move, its live update's trip through the transport, one screen told.
        assertThat(meters.get("contas.board.moves").counter().count() - movesBefore)
                .isEqualTo(1.0);
        assertThat(meters.get("contas.live.lag").timer().count()).isGreaterThan(lagsBefore);
        assertThat(meters.get("contas.live.deliveries").counter().count()).isGreaterThan(deliveriesBefore);
    }

    /** A notice's words come from the bundle; a name is only ever shown as typed. */
    @Test
    void a_name_that_looks_like_a_message_key_or_a_placeholder_is_shown_as_typed_in_a_notice() throws Exception {
        long me = data.userId(DemoUser.USER);
        long keyLike = given.account("#bucket.OVERDUE", me);
        given.call(keyLike, "Call", TODAY.plusDays(1), me);
        long placeholders = given.account("{0} {2} 'x' #live.someone", me);
        given.call(placeholders, "Call", TODAY.plusDays(1), me);
        UI.getCurrent().navigate("accounts/board");

        for (long id : List.of(keyLike, placeholders)) {
            asMariana(() ->
                    board.move(id, accounts.details(id).orElseThrow().row().nextActivity(), AccountBucket.NEXT_WEEK));
        }

        assertThat(Screen.eventually(() -> notices().size() >= 2)).isTrue();
        assertThat(notices())
                .contains(
                        mariana() + " moved #bucket.OVERDUE to Next week",
                        mariana() + " moved {0} {2} 'x' #live.someone to Next week");
    }

    @Test
    void a_change_made_elsewhere_redraws_the_row_and_the_tiles_of_an_open_list() throws Exception {
        UI.getCurrent().navigate("accounts");
        @SuppressWarnings("unchecked")
        Grid<AccountRow> grid = _get(Grid.class);
        assertThat(_getFormattedRow(grid, 0).toString()).contains("Satisfaction call");

        asMariana(() -> activities.update(
                call.id(),
                call.version(),
                new ActivityInput(
                        ActivityType.MEETING,
                        "Renewal meeting",
                        TODAY.plusDays(2),
                        null,
                        null,
                        null,
                        acme,
                        null,
                        null,
                        data.userId(DemoUser.SALES_1))));

        // Karibu reads a row from the database, so the row may show the change before the screen has
        // heard of it: the notice is what says the live update arrived.
        assertThat(Screen.eventually(() -> notices().contains(mariana() + " updated Acme Corp")))
                .isTrue();
        assertThat(_getFormattedRow(grid, 0).toString()).contains("Renewal meeting");
    }

    @Test
    void a_note_added_elsewhere_appears_in_the_open_drawer() throws Exception {
        UI.getCurrent().navigate("accounts/" + acme);
        AccountDrawer drawer = _get(AccountDrawer.class);
        select(drawer, "Notes");

        asMariana(() -> notes.add("Spoke to the CFO", new Links(acme, null, null)));

        assertThat(Screen.eventually(() -> text(drawer).contains("Spoke to the CFO")))
                .isTrue();
        assertThat(tabs(drawer)).contains("Notes (1)");
    }

    @Test
    void what_the_user_is_typing_in_the_drawer_is_kept_when_someone_else_saves_the_organization() throws Exception {
        UI.getCurrent().navigate("accounts/" + acme);
        AccountDrawer drawer = _get(AccountDrawer.class);
        select(drawer, "Details");
        TextField name = _get(drawer, TextField.class, spec -> spec.withLabel("Name"));
        name.setValue("Acme (typing)");

        var org = organizations.get(acme);
        asMariana(() ->
                organizations.update(acme, org.version(), new OrganizationInput("Acme S.A.", null, org.ownerId())));

        assertThat(Screen.eventually(() -> text(drawer).contains("changed this organization while you were editing")))
                .isTrue();
        assertThat(name.getValue()).isEqualTo("Acme (typing)");
        assertThat(_get(drawer, com.vaadin.flow.component.html.H2.class).getText())
                .isEqualTo("Acme S.A.");
    }

    /** A money field whose currency alone was changed is being edited too (it was not: issue 15's bug). */
    @Test
    void a_currency_changed_in_the_drawer_is_kept_when_someone_else_saves_the_organization() throws Exception {
        data.jdbc()
                .update("insert into custom_field (id, name, type, options, position, created_at) "
                        + "values (903, 'Budget', 'MONEY', null, 1, current_timestamp)");
        var before = organizations.get(acme);
        organizations.update(
                acme,
                before.version(),
                new OrganizationInput(before.name(), null, before.ownerId()),
                java.util.Map.of(
                        903L, new com.contas.customfield.CustomValue(null, new BigDecimal("1500"), null, "BRL")));
        UI.getCurrent().navigate("accounts/" + acme);
        AccountDrawer drawer = _get(AccountDrawer.class);
        select(drawer, "Details");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.ComboBox<String> currency = _get(
                drawer,
                com.vaadin.flow.component.combobox.ComboBox.class,
                spec -> spec.withPredicate(c -> c.getAriaLabel().orElse("").equals("Currency of Budget")));
        assertThat(currency.getValue()).isEqualTo("BRL");
        currency.setValue("USD");

        var org = organizations.get(acme);
        asMariana(() ->
                organizations.update(acme, org.version(), new OrganizationInput("Acme S.A.", null, org.ownerId())));

        assertThat(Screen.eventually(() -> text(drawer).contains("changed this organization while you were editing")))
                .isTrue();
        assertThat(currency.getValue()).isEqualTo("USD");
    }

    @Test
    void the_screen_that_made_a_change_is_not_told_about_it() throws Exception {
        UI.getCurrent().navigate("accounts/board");
        var kanban = kanban();
        kanban.moveCard(kanban.getItems(AccountBucket.THIS_WEEK).get(0), AccountBucket.NEXT_WEEK);
        NotificationsKt.clearNotifications();

        Thread.sleep(200);
        MockVaadin.clientRoundtrip();

        assertThat(notices()).noneMatch(n -> n.contains("moved"));
        assertThat(kanban.getItems(AccountBucket.NEXT_WEEK))
                .extracting(AccountRow::id)
                .containsExactly(acme);
    }

    @Test
    void a_rolled_back_write_tells_nobody() throws Exception {
        UI.getCurrent().navigate("accounts/board");
        asMariana(() -> {
            try {
                activities.reschedule(call.id(), call.version() + 5, TODAY, null);
            } catch (com.contas.common.StaleVersionException expected) {
                // refused: nothing committed
            }
        });
        Thread.sleep(200);
        MockVaadin.clientRoundtrip();
        assertThat(notices()).isEmpty();
    }

    @Test
    void closed_screens_stop_listening_after_a_thousand_open_and_close() {
        UI.getCurrent().navigate("accounts");
        int listening = live.subscriberCount();
        for (int i = 0; i < 1000; i++) {
            if (i % 10 == 0) {
                UI.getCurrent().navigate("accounts/board");
            }
            assertThat(live.subscriberCount()).isEqualTo(listening);
            // The tab closes: Vaadin closes the session and detaches its UIs. Karibu then opens a new
            // UI, which shows the start page (the accounts list, subscribed).
            VaadinSession.getCurrent().close();
        }
        assertThat(live.subscriberCount()).isEqualTo(listening);
        // One screen open: the accounts list and the reminder bell in its top bar.
        assertThat(listening).isEqualTo(2);
    }

    @SuppressWarnings("unchecked")
    static com.contas.kanban.KanbanBoard<AccountRow, AccountBucket> kanban() {
        return _get(com.contas.kanban.KanbanBoard.class);
    }

    private static void select(AccountDrawer drawer, String label) {
        Tab tab = _find(drawer, Tab.class).stream()
                .filter(t -> t.getLabel().startsWith(label))
                .findFirst()
                .orElseThrow();
        _get(drawer, TabSheet.class).setSelectedTab(tab);
    }

    private static List<String> tabs(AccountDrawer drawer) {
        return _find(drawer, Tab.class).stream().map(Tab::getLabel).toList();
    }

    private static String text(Component c) {
        return Screen.visibleText(c);
    }
}
