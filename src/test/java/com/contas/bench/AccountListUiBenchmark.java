package com.contas.bench;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.contas.account.AccountFilter;
import com.contas.account.AccountQueries;
import com.contas.account.AccountSort;
import com.contas.account.ui.list.AccountListView;
import com.contas.testsupport.ContasTest;
import com.contas.testsupport.LargeDataSet;
import com.contas.testsupport.MockUi;
import com.contas.testsupport.StatementCounter;
import com.contas.testsupport.TestData;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Server time of the accounts list (run after {@link AccountReadModelBenchmark}, which loads the
 * data): opening {@code /accounts} until the first page of 50 rows is fetched, as the browser asks
 * for it, and scrolling to row 10,000. Also prints the serialized size of a session with the
 * list open.
 */
@ContasTest
@Tag("bench")
class AccountListUiBenchmark {

    @Autowired
    ApplicationContext context;

    @Autowired
    TestData data;

    @Autowired
    StatementCounter statements;

    @Autowired
    AccountQueries accounts;

    @Test
    void benchmark() {
        LargeDataSet.ensureLoaded(context);
        // Vaadin writes the UIs of a session only with this on (as it is in a replicated deployment).
        System.setProperty("vaadin.devmode.sessionSerialization.enabled", "true");
        // A UI open runs much more code than a query: warm up longer, as a server that has been up a while is.
        Bench bench = new Bench(statements, 300);
        // A fresh session and UI each time (not timed); timed: the navigation and the first page.
        MockUi.setUp(context);
        bench.run(
                "ui_list_open",
                () -> UiBench.freshUi(context, data),
                () -> {
                    UI.getCurrent().navigate("accounts");
                    requestRows(0);
                    return null;
                },
                () -> accounts.page(AccountFilter.ALL, AccountSort.BY_NAME, 0, 50));

        bench.run(
                "ui_list_scroll_10000",
                () -> requestRows(0),
                () -> {
                    requestRows(10_000);
                    return null;
                },
                () -> accounts.page(AccountFilter.ALL, AccountSort.BY_NAME, 10_000, 50));
        System.out.println(String.format(
                Locale.ROOT,
                "bench ui_list_session_bytes=%d (serialized VaadinSession, "
                        + "/accounts open, scrolled to row 10,000)",
                UiBench.sessionBytes()));
        MockUi.tearDown();
    }

    /** What the browser does when it shows rows: asks for a range, and the server sends it. */
    @SuppressWarnings("unchecked")
    private static void requestRows(int first) {
        Grid<?> grid = _get(_get(AccountListView.class), Grid.class, spec -> {});
        grid.getDataCommunicator().setRequestedRange(first, 50);
        MockVaadin.clientRoundtrip();
    }
}
