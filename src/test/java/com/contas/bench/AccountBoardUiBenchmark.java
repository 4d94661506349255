package com.contas.bench;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.contas.account.AccountBucket;
import com.contas.account.AccountFilter;
import com.contas.account.AccountQueries;
import com.contas.account.AccountRow;
import com.contas.account.AccountSort;
import com.contas.kanban.KanbanBoard;
import com.contas.testsupport.ContasTest;
import com.contas.testsupport.MockUi;
import com.contas.testsupport.StatementCounter;
import com.contas.testsupport.TestData;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Server time of the accounts board on the large data set: opening {@code /accounts/board} (six
 * columns with counts, sums and their first 20 cards) and one move (the reschedule and the
 * redraw of its two columns). Prints components per card and the session size.
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
        System.setProperty("vaadin.devmode.sessionSerialization.enabled", "true");
        Bench bench = new Bench(statements, 300);
        MockUi.setUp(context);
        bench.run("ui_board_open", () -> UiBench.freshUi(context, data), () -> {
            UI.getCurrent().navigate("accounts/board");
            MockVaadin.clientRoundtrip();
            return null;
        }, () -> {
            accounts.bucketTotals(AccountFilter.ALL);
            for (AccountBucket bucket : AccountBucket.values()) {
                accounts.page(AccountFilter.ALL.withBuckets(Set.of(bucket)),
                        new AccountSort(AccountSort.Field.BOARD, true), 0, 20);
            }
        });

        long floorId = jdbc.queryForObject("select max(id) from activity where done = false", Long.class);
        // Moves go back and forth between Next week and Later, so the data stays the same shape.
        boolean[] toLater = {true};
        // The board of the open UI, found once: Karibu's lookup walks the whole component tree (it
        // was most of the time of a move when it was timed); in a browser the drop arrives at the
        // board's listener directly.
        KanbanBoard<AccountRow, AccountBucket> board = board();
        // Not timed: close the previous move's notification, as the browser does after a few seconds.
        bench.run("ui_board_move", com.github.mvysny.kaributesting.v10.NotificationsKt::clearNotifications, () -> {
            AccountBucket from = toLater[0] ? AccountBucket.NEXT_WEEK : AccountBucket.LATER;
            AccountBucket to = toLater[0] ? AccountBucket.LATER : AccountBucket.NEXT_WEEK;
            toLater[0] = !toLater[0];
            AccountRow card = board.getItems(from).get(0);
            board.moveCard(card, to);
            MockVaadin.clientRoundtrip();
            return null;
        }, () -> jdbc.update("update activity set due_date = due_date, version = version + 1 where id = ?", floorId));

        AccountRow first = board.getItems(AccountBucket.NEXT_WEEK).get(0);
        Component card = board.getCard(first).orElseThrow();
        System.out.println(String.format(Locale.ROOT, "bench ui_board_components_per_card=%d", count(card)));
        // What the session holds per card: every element and text node is a state node.
        System.out.println(String.format(Locale.ROOT, "bench ui_board_state_nodes_per_card=%d",
                nodes(card.getElement())));
        // The session of a user who has just opened the board (Karibu keeps notifications of later
        // moves open, as no time passes, which a browser would close).
        UiBench.freshUi(context, data);
        UI.getCurrent().navigate("accounts/board");
        MockVaadin.clientRoundtrip();
        long sessionBytes = UiBench.sessionBytes();

        System.out.println(String.format(Locale.ROOT, "bench ui_board_session_bytes=%d (serialized VaadinSession, "
                + "/accounts/board open)", sessionBytes));
        MockUi.tearDown();
    }

    @SuppressWarnings("unchecked")
    private static KanbanBoard<AccountRow, AccountBucket> board() {
        return _get(KanbanBoard.class);
    }

    private static long nodes(com.vaadin.flow.dom.Element element) {
        return 1 + element.getChildren().mapToLong(AccountBoardUiBenchmark::nodes).sum();
    }

    private static long count(Component component) {
        return 1 + component.getChildren().mapToLong(AccountBoardUiBenchmark::count).sum();
    }
}
