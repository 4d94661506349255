package com.contas.bench;

import com.contas.account.AccountQueries;
import com.contas.detail.DetailQueries;
import com.contas.detail.DetailScope;
import com.contas.testsupport.ContasTest;
import com.contas.testsupport.LargeDataSet;
import com.contas.testsupport.MockUi;
import com.contas.testsupport.StatementCounter;
import com.contas.testsupport.TestData;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Server time of opening the account drawer over the list on the large data set, on the account
 * with the most deals and activities: the header, the tab counts and the first page of activities.
 * The list behind is already open (closing the drawer between runs is not timed).
 */
@ContasTest
@Tag("bench")
class AccountDrawerUiBenchmark {

    @Autowired
    ApplicationContext context;

    @Autowired
    TestData data;

    @Autowired
    StatementCounter statements;

    @Autowired
    AccountQueries accounts;

    @Autowired
    DetailQueries sections;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void benchmark() {
        LargeDataSet.ensureLoaded(context);
        long id = jdbc.queryForObject(
                "select s.organization_id from account_summary s where s.is_account = true "
                        + "order by (select count(*) from activity a where a.organization_id = s.organization_id) "
                        + "+ s.won_count + s.open_count desc, s.organization_id fetch first 1 rows only",
                Long.class);
        Map<String, Object> size = jdbc.queryForMap(
                "select "
                        + "(select count(*) from deal where organization_id = ?) as deals, "
                        + "(select count(*) from activity where organization_id = ?) as activities",
                id,
                id);
        System.out.println(String.format(
                Locale.ROOT,
                "bench ui_drawer_account id=%d deals=%s activities=%s",
                id,
                size.get("deals"),
                size.get("activities")));

        Bench bench = new Bench(statements, 100);
        MockUi.setUp(context);
        UiBench.freshUi(context, data);
        UI.getCurrent().navigate("accounts");
        MockVaadin.clientRoundtrip();
        bench.run(
                "ui_drawer_open",
                () -> {
                    UI.getCurrent().navigate("accounts");
                    MockVaadin.clientRoundtrip();
                },
                () -> {
                    UI.getCurrent().navigate("accounts/" + id);
                    MockVaadin.clientRoundtrip();
                    return null;
                },
                () -> {
                    accounts.details(id);
                    sections.counts(DetailScope.organization(id));
                    sections.activities(DetailScope.organization(id), 0, 20);
                });
        MockUi.tearDown();
    }
}
