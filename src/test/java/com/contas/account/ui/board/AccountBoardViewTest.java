package com.contas.account.ui.board;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.ShortcutsKt._fireShortcut;
import static org.assertj.core.api.Assertions.assertThat;

import com.contas.account.AccountBucket;
import com.contas.account.AccountQueries;
import com.contas.account.AccountRow;
import com.contas.account.AccountSummaryMaintainer;
import com.contas.account.ui.AccountScreens;
import com.contas.account.ui.drawer.AccountDrawer;
import com.contas.activity.ActivityDetails;
import com.contas.activity.ActivityInput;
import com.contas.activity.ActivityRow;
import com.contas.activity.ActivityService;
import com.contas.activity.ActivityType;
import com.contas.deal.DealService;
import com.contas.kanban.KanbanBoard;
import com.contas.kanban.KanbanBrowser;
import com.contas.live.AccountChange;
import com.contas.live.ChangeCache;
import com.contas.live.LiveUpdates;
import com.contas.live.NoticeArg;
import com.contas.organization.OrganizationService;
import com.contas.security.DemoUser;
import com.contas.testsupport.Accounts;
import com.contas.testsupport.KaribuTestBase;
import com.contas.testsupport.Screen;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The board with a fixed clock: Wednesday 11 March 2026 in São Paulo, weeks from Monday. */
class AccountBoardViewTest extends KaribuTestBase {

    @Autowired
    Accounts given;

    static final LocalDate MONDAY_9 = LocalDate.of(2026, 3, 9);

    @Autowired
    OrganizationService organizations;

    @Autowired
    DealService deals;

    @Autowired
    ActivityService activities;

    @Autowired
    AccountQueries accounts;

    @Autowired
    LiveUpdates live;

    @Autowired
    ChangeCache changeCache;

    @Autowired
    AccountSummaryMaintainer summaries;

    long me;
    long overdue;
    long week;
    long idle;
    ActivityDetails overdueCall;

    @BeforeEach
    void accounts() {
        signIn(DemoUser.USER);
        me = data.userId(DemoUser.USER);
        overdue = account("Overdue Co");
        overdueCall = activities.schedule(new ActivityInput(
                ActivityType.CALL,
                "Satisfaction call",
                MONDAY_9,
                LocalTime.of(10, 30),
                30,
                null,
                overdue,
                null,
                null,
                me));
        week = account("Week Co");
        activities.schedule(new ActivityInput(
                ActivityType.MEETING, "Renewal", LocalDate.of(2026, 3, 13), null, null, null, week, null, null, me));
        idle = account("Idle Co");
    }

    private long account(String name) {
        return given.account(name, me);
    }

    /** Many accounts at once: rows written in bulk, their summary computed as every write does. */
    private void bulkAccountsWithoutActivity(int count) {
        java.sql.Timestamp now = java.sql.Timestamp.from(Instant.parse("2026-03-01T12:00:00Z"));
        data.jdbc()
                .batchUpdate(
                        "insert into organization (name, owner_id, created_at, updated_at) values (?, ?, ?, ?)",
                        java.util.stream.IntStream.range(0, count)
                                .mapToObj(i -> new Object[] {String.format("Bulk %04d", i), me, now, now})
                                .toList());
        data.jdbc()
                .update(
                        "insert into deal (title, value, currency, status, won_at, organization_id, owner_id, stage_id, "
                                + "created_at, updated_at) select 'Bulk deal', 10, 'BRL', 'WON', ?, o.id, ?, "
                                + "(select min(id) from deal_stage), ?, ? from organization o where o.name like 'Bulk %'",
                        now, me, now, now);
        summaries.refresh(data.jdbc().queryForList("select id from organization where name like 'Bulk %'", Long.class));
        live.changed(); // written around the services
    }

    @SuppressWarnings("unchecked")
    private KanbanBoard<AccountRow, AccountBucket> board() {
        ui().navigate("accounts/board");
        return AccountScreens.board();
    }

    private static AccountRow card(KanbanBoard<AccountRow, AccountBucket> board, long id) {
        for (AccountBucket bucket : AccountBucket.values()) {
            for (AccountRow row : board.getItems(bucket)) {
                if (row.id() == id) {
                    return row;
                }
            }
        }
        throw new AssertionError("no card " + id);
    }

    private List<LocalDate> openDueDates(long organizationId) {
        return activities.openOf(organizationId, null, null, 50).stream()
                .map(ActivityRow::dueDate)
                .toList();
    }

    private static List<String> notifications() {
        return Screen.notifications();
    }

    /** A column of thousands belongs in the list: "Show more" stops at 500 cards and says why. */
    @Test
    void show_more_stops_at_five_hundred_cards_and_says_to_narrow_the_filter() {
        bulkAccountsWithoutActivity(505);
        var board = board();
        Component column =
                board.getColumnBody(AccountBucket.NO_ACTIVITY).getParent().orElseThrow();
        Button more = _get(column, Button.class, spec -> spec.withText("Show more"));

        for (int clicks = 0; clicks < 100 && more.isVisible(); clicks++) {
            more.click();
        }

        assertThat(board.getTotal(AccountBucket.NO_ACTIVITY)).isEqualTo(506);
        assertThat(board.getItems(AccountBucket.NO_ACTIVITY)).hasSize(500);
        assertThat(more.isVisible()).isFalse();
        assertThat(Screen.visibleText(column)).contains("Showing 500 of 506 — narrow the filter");
    }

    @Test
    void the_columns_show_their_accounts_with_counts_and_sums() {
        var board = board();
        assertThat(board.getItems(AccountBucket.OVERDUE))
                .extracting(AccountRow::id)
                .containsExactly(overdue);
        assertThat(board.getItems(AccountBucket.THIS_WEEK))
                .extracting(AccountRow::id)
                .containsExactly(week);
        assertThat(board.getItems(AccountBucket.NO_ACTIVITY))
                .extracting(AccountRow::id)
                .containsExactly(idle);
        assertThat(board.getElement().getTextRecursively()).contains("1 of 1").contains("R$1,000.00");
        Component card = board.getCard(card(board, overdue)).orElseThrow();
        assertThat(card.getElement().getTextRecursively())
                .contains("Overdue Co", "Satisfaction call", "Lucas Ferreira");
    }

    @Test
    void a_card_is_light() {
        var board = board();
        Component card = board.getCard(card(board, overdue)).orElseThrow();
        long components = count(card);
        assertThat(components).isLessThanOrEqualTo(10);
    }

    private static long count(Component c) {
        return 1 + c.getChildren().mapToLong(AccountBoardViewTest::count).sum();
    }

    @Test
    void next_week_keeps_the_weekday_and_the_time() {
        var board = board();
        board.moveCard(card(board, overdue), AccountBucket.NEXT_WEEK);

        ActivityDetails moved = activities.get(overdueCall.id());
        assertThat(moved.dueDate()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(moved.dueTime()).isEqualTo(LocalTime.of(10, 30));
        assertThat(board.getItems(AccountBucket.NEXT_WEEK))
                .extracting(AccountRow::id)
                .containsExactly(overdue);
        assertThat(board.getItems(AccountBucket.OVERDUE)).isEmpty();
        assertThat(notifications()).anySatisfy(n -> assertThat(n).contains("Call with Overdue Co moved to Mon 16 Mar"));
    }

    @Test
    void this_week_for_a_weekday_already_past_is_tomorrow_and_later_is_the_week_after_next() {
        var board = board();
        board.moveCard(card(board, overdue), AccountBucket.THIS_WEEK);
        assertThat(activities.get(overdueCall.id()).dueDate()).isEqualTo(LocalDate.of(2026, 3, 12));

        board.moveCard(card(board, overdue), AccountBucket.LATER);
        assertThat(activities.get(overdueCall.id()).dueDate()).isEqualTo(LocalDate.of(2026, 3, 26));
        board.moveCard(card(board, overdue), AccountBucket.TODAY);
        assertThat(activities.get(overdueCall.id()).dueDate()).isEqualTo(LocalDate.of(2026, 3, 11));
    }

    @Test
    void when_the_moved_activity_is_no_longer_the_next_the_card_goes_where_the_next_one_is() {
        activities.schedule(new ActivityInput(
                ActivityType.TASK,
                "Send contract",
                LocalDate.of(2026, 3, 17),
                null,
                null,
                null,
                overdue,
                null,
                null,
                me));
        var board = board();
        board.moveCard(card(board, overdue), AccountBucket.LATER);

        assertThat(activities.get(overdueCall.id()).dueDate()).isEqualTo(LocalDate.of(2026, 3, 23));
        assertThat(board.getItems(AccountBucket.NEXT_WEEK))
                .extracting(AccountRow::id)
                .containsExactly(overdue);
        assertThat(card(board, overdue).nextActivity().subject()).isEqualTo("Send contract");
        assertThat(board.getTotal(AccountBucket.LATER)).isZero();
        assertThat(board.getTotal(AccountBucket.OVERDUE)).isZero();
    }

    @Test
    void overdue_and_no_activity_refuse_drops_and_say_what_to_do() {
        var board = board();
        board.moveCard(card(board, week), AccountBucket.OVERDUE);
        board.moveCard(card(board, week), AccountBucket.NO_ACTIVITY);

        assertThat(notifications())
                .anySatisfy(n -> assertThat(n).contains("Drop it on Today"))
                .anySatisfy(n -> assertThat(n).contains("mark the activity done or delete it"));
        assertThat(board.getItems(AccountBucket.THIS_WEEK))
                .extracting(AccountRow::id)
                .containsExactly(week);
    }

    @Test
    void on_the_last_day_of_a_sunday_week_this_week_is_no_target() {
        data.updateSettings("first_day_of_week = 'SUNDAY'");
        clock.set(Instant.parse("2026-03-14T15:00:00Z"));
        var board = board();
        board.moveCard(card(board, overdue), AccountBucket.THIS_WEEK);

        assertThat(activities.get(overdueCall.id()).dueDate()).isEqualTo(MONDAY_9);
        assertThat(notifications()).anySatisfy(n -> assertThat(n).contains("This week ends today"));
        board.moveCard(card(board, overdue), AccountBucket.NEXT_WEEK);
        assertThat(activities.get(overdueCall.id()).dueDate()).isEqualTo(LocalDate.of(2026, 3, 16));
    }

    @Test
    void a_drop_that_leaves_the_card_in_place_says_why_and_moves_the_others_too_with_one_undo() {
        // Week Co has a meeting on Fri 13; a call on Thu 12 makes it two this week.
        ActivityDetails thursday = activities.schedule(new ActivityInput(
                ActivityType.CALL, "Check-in", LocalDate.of(2026, 3, 12), null, null, null, week, null, null, me));
        var board = board();

        KanbanBrowser.dragAndDrop(board, card(board, week), AccountBucket.NEXT_WEEK);

        assertThat(activities.get(thursday.id()).dueDate()).isEqualTo(LocalDate.of(2026, 3, 19));
        assertThat(board.columnOf(card(board, week))).contains(AccountBucket.THIS_WEEK);
        assertThat(notifications())
                .anySatisfy(n -> assertThat(n)
                        .contains("Call with Week Co moved to")
                        .contains("Week Co still has 1 activity in “This week”.")
                        .contains("Move them too"));

        Notification notice = NotificationsKt.getNotifications().get(0);
        _get(notice, Button.class, spec -> spec.withText("Move them too")).click();

        assertThat(openDueDates(week)).containsExactlyInAnyOrder(LocalDate.of(2026, 3, 19), LocalDate.of(2026, 3, 20));
        assertThat(board.columnOf(card(board, week))).contains(AccountBucket.NEXT_WEEK);
        assertThat(notifications())
                .anySatisfy(n -> assertThat(n).contains("2 activities of Week Co moved to “Next week”"));

        Notification undoNotice = NotificationsKt.getNotifications().get(0);
        _get(undoNotice, Button.class, spec -> spec.withText("Undo")).click();

        assertThat(activities.get(thursday.id()).dueDate()).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(board.columnOf(card(board, week))).contains(AccountBucket.THIS_WEEK);
        assertThat(openDueDates(week)).containsExactlyInAnyOrder(LocalDate.of(2026, 3, 12), LocalDate.of(2026, 3, 13));
    }

    @Test
    void a_drop_that_moves_the_card_asks_nothing_more() {
        var board = board();
        KanbanBrowser.dragAndDrop(board, card(board, week), AccountBucket.NEXT_WEEK);

        assertThat(board.columnOf(card(board, week))).contains(AccountBucket.NEXT_WEEK);
        assertThat(notifications()).noneSatisfy(n -> assertThat(n).contains("Move them too"));
    }

    @Test
    void undo_puts_the_activity_back() {
        var board = board();
        board.moveCard(card(board, overdue), AccountBucket.NEXT_WEEK);
        Notification notification = NotificationsKt.getNotifications().get(0);
        _get(notification, Button.class, spec -> spec.withText("Undo")).click();

        assertThat(activities.get(overdueCall.id()).dueDate()).isEqualTo(MONDAY_9);
        assertThat(activities.get(overdueCall.id()).dueTime()).isEqualTo(LocalTime.of(10, 30));
        assertThat(board.getItems(AccountBucket.OVERDUE))
                .extracting(AccountRow::id)
                .containsExactly(overdue);
    }

    @Test
    void ctrl_z_on_the_board_undoes_the_move_while_its_notice_is_open_and_says_so() {
        var board = board();
        board.moveCard(card(board, overdue), AccountBucket.NEXT_WEEK);
        assertThat(activities.get(overdueCall.id()).dueDate()).isNotEqualTo(MONDAY_9);

        _fireShortcut(board, Key.KEY_Z, KeyModifier.CONTROL);

        assertThat(activities.get(overdueCall.id()).dueDate()).isEqualTo(MONDAY_9);
        assertThat(NotificationsKt.getNotifications()).isEmpty();
        assertThat(board.getAnnouncement()).startsWith("Move undone:");
        // The notice is gone, and so is its shortcut: a second Ctrl+Z undoes nothing more.
        board.moveCard(card(board, overdue), AccountBucket.NEXT_WEEK);
        _get(NotificationsKt.getNotifications().get(0), Button.class, spec -> spec.withText("Undo"))
                .click();
        java.time.LocalDate afterUndo = activities.get(overdueCall.id()).dueDate();
        board.moveCard(card(board, overdue), AccountBucket.TODAY);
        java.time.LocalDate moved = activities.get(overdueCall.id()).dueDate();
        NotificationsKt.getNotifications().forEach(Notification::close);
        _fireShortcut(board, Key.KEY_Z, KeyModifier.CONTROL);
        assertThat(afterUndo).isEqualTo(MONDAY_9);
        assertThat(activities.get(overdueCall.id()).dueDate()).isEqualTo(moved);
    }

    @Test
    void undo_after_someone_else_changed_the_activity_says_so_and_keeps_their_change() {
        var board = board();
        board.moveCard(card(board, overdue), AccountBucket.NEXT_WEEK);
        ActivityDetails now = activities.get(overdueCall.id());
        activities.reschedule(now.id(), now.version(), LocalDate.of(2026, 4, 1), now.dueTime());

        Notification notification = NotificationsKt.getNotifications().get(0);
        _get(notification, Button.class, spec -> spec.withText("Undo")).click();

        assertThat(activities.get(overdueCall.id()).dueDate()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(notifications())
                .anySatisfy(n -> assertThat(n)
                        .contains(
                                "Someone else changed this activity after you opened it. Nothing of yours was saved"));
    }

    /**
     * The load generator's smoke once saw Undo leave a card where the move had put it: the user had
     * gone to the list and back, the notice stayed open, and its Undo redrew the board that was gone,
     * not the new one on screen (which hears of none of its own window's changes).
     */
    @Test
    void leaving_the_board_takes_the_undo_of_its_moves_with_it() {
        var board = board();
        board.moveCard(card(board, overdue), AccountBucket.NEXT_WEEK);
        assertThat(undoButtons()).hasSize(1);

        ui().navigate("accounts");
        assertThat(undoButtons()).isEmpty();
        ui().navigate("accounts/board");
        assertThat(undoButtons()).isEmpty();
        var newBoard = AccountScreens.board();
        assertThat(newBoard).isNotSameAs(board);
        assertThat(newBoard.getItems(AccountBucket.NEXT_WEEK))
                .extracting(AccountRow::id)
                .contains(overdue);
    }

    private static List<Button> undoButtons() {
        return NotificationsKt.getNotifications().stream()
                .filter(Notification::isOpened)
                .flatMap(n -> _find(n, Button.class, spec -> spec.withText("Undo")).stream())
                .toList();
    }

    /**
     * The load generator's smoke once saw a card go back to where Undo had just taken it from: a
     * colleague's change to the same account, whose row another board had read before the Undo,
     * reached this board after it. The board hears of none of its own changes, so nothing corrected it.
     */
    @Test
    void a_colleagues_update_read_by_another_screen_before_an_undo_does_not_undo_the_undo() throws Exception {
        var board = board();
        board.moveCard(card(board, overdue), AccountBucket.NEXT_WEEK);
        AccountChange colleagues = new AccountChange(
                UUID.randomUUID(),
                Set.of(overdue),
                false,
                null,
                "Mariana",
                "live.changedOne",
                List.of(NoticeArg.text("Overdue Co")),
                null);
        AccountRow readElsewhere = changeCache
                .get(
                        colleagues,
                        AccountBoardView.rowKey(overdue),
                        () -> accounts.row(overdue),
                        new ChangeCache.Writes())
                .orElseThrow();
        assertThat(readElsewhere.bucket()).isEqualTo(AccountBucket.NEXT_WEEK);

        Notification undoNotice = NotificationsKt.getNotifications().get(0);
        _get(undoNotice, Button.class, spec -> spec.withText("Undo")).click();
        live.publish(colleagues);
        long end = System.nanoTime() + 2_000_000_000L;
        while (notifications().stream().noneMatch(n -> n.contains("Mariana updated")) && System.nanoTime() < end) {
            MockVaadin.clientRoundtrip();
            Thread.sleep(10);
        }

        assertThat(notifications()).anySatisfy(n -> assertThat(n).contains("Mariana updated Overdue Co"));
        assertThat(board.getItems(AccountBucket.OVERDUE))
                .extracting(AccountRow::id)
                .containsExactly(overdue);
        assertThat(board.getItems(AccountBucket.NEXT_WEEK))
                .extracting(AccountRow::id)
                .doesNotContain(overdue);
    }

    @Test
    void a_move_based_on_a_stale_card_is_refused_and_the_card_is_refreshed() {
        var board = board();
        AccountRow stale = card(board, overdue);
        activities.reschedule(overdueCall.id(), overdueCall.version(), LocalDate.of(2026, 3, 12), null);

        board.moveCard(stale, AccountBucket.LATER);

        assertThat(activities.get(overdueCall.id()).dueDate()).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(notifications()).anySatisfy(n -> assertThat(n).contains("Someone else changed"));
        assertThat(board.getItems(AccountBucket.THIS_WEEK))
                .extracting(AccountRow::id)
                .contains(overdue);
    }

    @Test
    void a_card_without_activity_opens_a_prefilled_follow_up_form_that_schedules_a_call() {
        var board = board();
        board.moveCard(card(board, idle), AccountBucket.NEXT_WEEK);

        Dialog dialog = _get(Dialog.class);
        assertThat(_get(dialog, TextField.class).getValue()).isEqualTo("Follow-up");
        assertThat(_get(dialog, DatePicker.class).getValue()).isEqualTo(LocalDate.of(2026, 3, 18));
        assertThat(_get(dialog, Select.class).getValue()).isEqualTo(ActivityType.CALL);
        _get(dialog, Button.class, spec -> spec.withText("Schedule")).click();

        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(board.getItems(AccountBucket.NEXT_WEEK))
                .extracting(AccountRow::id)
                .containsExactly(idle);
        AccountRow row = card(board, idle);
        assertThat(row.nextActivity().subject()).isEqualTo("Follow-up");
        assertThat(activities.get(row.nextActivity().id()).assigneeId()).isEqualTo(me);
    }

    @Test
    void the_follow_up_form_refuses_a_blank_subject_next_to_the_field() {
        var board = board();
        board.moveCard(card(board, idle), AccountBucket.TODAY);
        Dialog dialog = _get(Dialog.class);
        _get(dialog, TextField.class).setValue("   ");
        _get(dialog, Button.class, spec -> spec.withText("Schedule")).click();

        assertThat(_get(dialog, TextField.class).isInvalid()).isTrue();
        assertThat(_get(dialog, TextField.class).getErrorMessage()).isEqualTo("Required");
        assertThat(data.jdbc()
                        .queryForObject("select count(*) from activity where organization_id = ?", Long.class, idle))
                .isZero();
    }

    @Test
    void the_move_dialog_moves_a_card_without_a_mouse() {
        var board = board();
        KanbanBrowser.clickMove(board, card(board, week));
        _get(_get(Dialog.class), Button.class, spec -> spec.withText("Next week"))
                .click();

        assertThat(activities.get(card(board, week).nextActivity().id()).dueDate())
                .isEqualTo(LocalDate.of(2026, 3, 20));
    }

    @Test
    void counts_and_sums_follow_a_move() {
        var board = board();
        board.moveCard(card(board, overdue), AccountBucket.TODAY);
        assertThat(board.getTotal(AccountBucket.OVERDUE)).isZero();
        assertThat(board.getTotal(AccountBucket.TODAY)).isEqualTo(1);
        assertThat(board.getElement().getTextRecursively()).contains("R$0.00");
    }

    @Test
    void the_browsers_drag_and_drop_reaches_the_database() {
        var board = board();
        KanbanBrowser.dragAndDrop(board, card(board, overdue), AccountBucket.NEXT_WEEK);

        assertThat(activities.get(overdueCall.id()).dueDate()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(board.getItems(AccountBucket.NEXT_WEEK))
                .extracting(AccountRow::id)
                .containsExactly(overdue);
    }

    @Test
    void clicking_a_card_opens_the_account_in_the_drawer_over_the_board() {
        var board = board();
        KanbanBrowser.click(board, card(board, week));
        assertThat(ui().getInternals().getActiveViewLocation().getPath()).isEqualTo("accounts/board/" + week);
        assertThat(_get(AccountDrawer.class).organizationId()).contains(week);
    }

    @Test
    void enter_on_a_card_opens_the_account_in_the_drawer_over_the_board() {
        var board = board();
        KanbanBrowser.pressEnter(board, card(board, overdue));
        assertThat(ui().getInternals().getActiveViewLocation().getPath()).isEqualTo("accounts/board/" + overdue);
        assertThat(_get(AccountDrawer.class).organizationId()).contains(overdue);
    }

    @Test
    void a_drop_on_overdue_is_refused_and_moves_nothing() {
        var board = board();
        KanbanBrowser.dragAndDrop(board, card(board, week), AccountBucket.OVERDUE);

        assertThat(notifications()).anySatisfy(n -> assertThat(n).contains("Drop it on Today"));
        assertThat(board.getItems(AccountBucket.THIS_WEEK))
                .extracting(AccountRow::id)
                .containsExactly(week);
        assertThat(activities.get(card(board, week).nextActivity().id()).dueDate())
                .isEqualTo(LocalDate.of(2026, 3, 13));
    }

    @Test
    void the_board_switch_keeps_the_filters() {
        ui().navigate("accounts", QueryParameters.fromString("q=co&owner=me"));
        _get(Button.class, spec -> spec.withText("Board")).click();
        AccountBoardView view = _get(AccountBoardView.class);
        var location = ui().getInternals().getActiveViewLocation();
        assertThat(location.getPath()).isEqualTo("accounts/board");
        assertThat(location.getQueryParameters().getParameters())
                .isEqualTo(QueryParameters.fromString("q=co&owner=me").getParameters());
        assertThat(AccountScreens.board().getTotal(AccountBucket.OVERDUE)).isEqualTo(1);
    }
}
