package com.contas.bench;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.contas.account.AccountBucket;
import com.contas.account.AccountFilter;
import com.contas.account.AccountQueries;
import com.contas.account.AccountRow;
import com.contas.account.AccountSort;
import com.contas.kanban.KanbanBoard;
import com.contas.testsupport.ContasTest;
import com.contas.testsupport.LargeDataSet;
import com.contas.testsupport.MockUi;
import com.contas.testsupport.StatementCounter;
import com.contas.testsupport.TestData;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Server time of the accounts board on the large data set: opening {@code /accounts/board} (six
 * columns with counts, sums and their first 20 cards) and one move (the reschedule and the
 * redraw of its two columns), each until the response to the browser is written; and the same
 * without the response, as Karibu's {@code clientRoundtrip()} has it. Prints components and state
 * nodes per card, the size of a move's response and the session size.
 */
@ContasTest
@Tag("bench")
class AccountBoardUiBenchmark {

    @Autowired
    ApplicationContext context;

    @Autowired
    TestData data;

    @Autowired
    StatementCounter statements;

    @Autowired
    AccountQueries accounts;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void benchmark() {
        LargeDataSet.ensureLoaded(context);
        System.setProperty("vaadin.devmode.sessionSerialization.enabled", "true");
        Bench bench = new Bench(statements, 300);
        MockUi.setUp(context);
        // Timed: the navigation and writing the first response, the JSON of the whole board (as the
        // server does); "_without_response" is the former measure, Karibu's clientRoundtrip(), which
        // writes nothing and walks the whole component tree instead.
        Runnable openFloor = () -> {
            accounts.bucketTotals(AccountFilter.ALL);
            for (AccountBucket bucket : AccountBucket.values()) {
                accounts.page(
                        AccountFilter.ALL.withBuckets(Set.of(bucket)),
                        new AccountSort(AccountSort.Field.BOARD, true),
                        0,
                        20);
            }
        };
        bench.run(
                "ui_board_open_without_response",
                () -> UiBench.freshUi(context, data),
                () -> {
                    UI.getCurrent().navigate("accounts/board");
                    MockVaadin.clientRoundtrip();
                    return null;
                },
                openFloor);
        bench.run(
                "ui_board_open",
                () -> UiBench.freshUi(context, data),
                () -> {
                    UI.getCurrent().navigate("accounts/board");
                    return UiBench.respond();
                },
                openFloor);

        long floorId = jdbc.queryForObject("select max(id) from activity where done = false", Long.class);
        // Moves go back and forth between Next week and Later, so the data stays the same shape.
        boolean[] toLater = {true};
        int[] responseLength = {0};
        // The board of the open UI, found once: Karibu's lookup walks the whole component tree (it
        // was most of the time of a move when it was timed); in a browser the drop arrives at the
        // board's listener directly.
        KanbanBoard<AccountRow, AccountBucket> board = board();
        // Not timed: close the previous move's notification, as the browser does after a few seconds
        // (an open notification is a child of the UI; Karibu's clearNotifications() would walk the
        // whole tree to find it, and its garbage would bring collections into the timed moves).
        UI ui = UI.getCurrent();
        Runnable closeNotifications = () -> ui.getChildren()
                .filter(Notification.class::isInstance)
                .toList()
                .forEach(n -> NotificationsKt._close((Notification) n));
        Runnable moveFloor = () -> jdbc.update(
                "update activity set due_date = due_date, version = version + 1 " + "where id = ?", floorId);
        bench.run(
                "ui_board_move",
                closeNotifications,
                () -> {
                    moveOne(board, toLater);
                    responseLength[0] = UiBench.respond();
                    return null;
                },
                moveFloor);
        bench.run(
                "ui_board_move_without_response",
                closeNotifications,
                () -> {
                    moveOne(board, toLater);
                    MockVaadin.clientRoundtrip();
                    return null;
                },
                moveFloor);

        System.out.println(String.format(
                Locale.ROOT,
                "bench ui_board_move_response_chars=%d (the JSON sent back " + "to the browser after a move)",
                responseLength[0]));
        AccountRow first = board.getItems(AccountBucket.NEXT_WEEK).get(0);
        Component card = board.getCard(first).orElseThrow();
        System.out.println(String.format(Locale.ROOT, "bench ui_board_components_per_card=%d", count(card)));
        // What the session holds per card: every element and text node is a state node.
        System.out.println(
                String.format(Locale.ROOT, "bench ui_board_state_nodes_per_card=%d", nodes(card.getElement())));
        // The session of a user who has just opened the board (Karibu keeps notifications of later
        // moves open, as no time passes, which a browser would close).
        UiBench.freshUi(context, data);
        UI.getCurrent().navigate("accounts/board");
        MockVaadin.clientRoundtrip();
        UI opened = UI.getCurrent();
        long sessionBytes = UiBench.sessionBytes();
        // Karibu never writes a response, so every node still holds its changes for the browser; a
        // server drops them once the response is written.
        UiBench.respond(opened);
        long atRestBytes = UiBench.sessionBytes();

        System.out.println(String.format(
                Locale.ROOT,
                "bench ui_board_session_bytes=%d (serialized VaadinSession, " + "/accounts/board open)",
                sessionBytes));
        System.out.println(String.format(
                Locale.ROOT,
                "bench ui_board_session_bytes_after_response=%d (the same, " + "once the response is written)",
                atRestBytes));
        MockUi.tearDown();
    }

    /** Moves the first card of Next week to Later, or (every other time) back. */
    private static void moveOne(KanbanBoard<AccountRow, AccountBucket> board, boolean[] toLater) {
        AccountBucket from = toLater[0] ? AccountBucket.NEXT_WEEK : AccountBucket.LATER;
        AccountBucket to = toLater[0] ? AccountBucket.LATER : AccountBucket.NEXT_WEEK;
        toLater[0] = !toLater[0];
        board.moveCard(board.getItems(from).get(0), to);
    }

    @SuppressWarnings("unchecked")
    private static KanbanBoard<AccountRow, AccountBucket> board() {
        return _get(KanbanBoard.class);
    }

    private static long nodes(com.vaadin.flow.dom.Element element) {
        return 1
                + element.getChildren()
                        .mapToLong(AccountBoardUiBenchmark::nodes)
                        .sum();
    }

    private static long count(Component component) {
        return 1
                + component
                        .getChildren()
                        .mapToLong(AccountBoardUiBenchmark::count)
                        .sum();
    }
}
