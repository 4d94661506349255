package com.contas.live;

import static com.contas.live.LiveUpdatesTest.kanban;
import static com.contas.testsupport.MutableClock.TODAY;
import static com.contas.testsupport.Screen.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.contas.account.AccountBoardService;
import com.contas.account.AccountBucket;
import com.contas.account.AccountQueries;
import com.contas.account.AccountRow;
import com.contas.activity.ActivityService;
import com.contas.deal.DealService;
import com.contas.organization.OrganizationService;
import com.contas.security.DemoUser;
import com.contas.testsupport.Accounts;
import com.contas.testsupport.AppInstance;
import com.contas.testsupport.ContasTest;
import com.contas.testsupport.MockUi;
import com.contas.testsupport.Screen;
import com.contas.testsupport.TestData;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Two app instances on one PostgreSQL: this test's context (A) and a second one started here (B),
 * with its own web server, beans and listening connection. A move made through A reaches a board
 * open on B within two seconds; when B's listening connection is cut, B reconnects and its screens
 * reload fully. Runs in the PostgreSQL suite only (in-process updates cannot cross instances).
 */
@ContasTest
@Tag("pgonly")
class LiveUpdatesAcrossInstancesTest {

    @Autowired
    Accounts given;

    @Autowired
    Environment env;

    @Autowired
    TestData data;

    @Autowired
    OrganizationService organizations;

    @Autowired
    DealService deals;

    @Autowired
    ActivityService activities;

    @Autowired
    AccountBoardService board;

    @Autowired
    AccountQueries accounts;

    ConfigurableApplicationContext instanceB;
    long acme;

    @BeforeEach
    void startTheSecondInstanceAndOpenItsBoard() {
        data.reset();
        data.signIn(DemoUser.USER);
        long me = data.userId(DemoUser.USER);
        acme = given.account("Acme Corp", me);
        given.call(acme, "Satisfaction call", TODAY.plusDays(1), me);

        String[] database = AppInstance.sameDatabaseAs(env);
        instanceB = AppInstance.start(
                "test", List.of(), database[0], database[1], database[2], "--contas.clock.start=2026-03-11T15:00:00Z");
        assertThat(instanceB.getBean(LiveTransport.class)).isInstanceOf(PostgresTransport.class);
        MockUi.setUp(instanceB);
        data.signIn(DemoUser.USER);
        UI.getCurrent().navigate("accounts/board");
    }

    @AfterEach
    void stopTheSecondInstance() {
        if (instanceB != null) {
            instanceB.close();
        }
        if (com.vaadin.flow.server.VaadinSession.getCurrent() != null) {
            MockUi.tearDown();
        }
    }

    private void moveThroughInstanceA(AccountBucket to) throws InterruptedException {
        data.asOtherUser(
                DemoUser.SALES_1,
                () -> board.move(
                        acme, accounts.details(acme).orElseThrow().row().nextActivity(), to));
    }

    private static boolean shownIn(AccountBucket bucket, long id) {
        return kanban().getItems(bucket).stream().map(AccountRow::id).anyMatch(i -> i == id);
    }

    @Test
    void a_move_through_instance_a_reaches_a_board_open_on_instance_b_within_two_seconds() throws Exception {
        assertThat(shownIn(AccountBucket.THIS_WEEK, acme)).isTrue();
        long start = System.nanoTime();

        moveThroughInstanceA(AccountBucket.NEXT_WEEK);

        assertThat(eventually(() -> shownIn(AccountBucket.NEXT_WEEK, acme))).isTrue();
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("live update from instance A to a board on instance B: " + millis + " ms");
        assertThat(millis).isLessThan(2000);
        assertThat(shownIn(AccountBucket.THIS_WEEK, acme)).isFalse();
        // The notice's arguments crossed as they were sent: the name as text, the column as a key.
        assertThat(Screen.notifications())
                .contains(data.user(DemoUser.SALES_1).displayName() + " moved Acme Corp to Next week");
    }

    @Test
    void a_cut_listening_connection_reconnects_and_the_screens_reload_fully() throws Exception {
        PostgresTransport transport = (PostgresTransport) instanceB.getBean(LiveTransport.class);
        assertThat(eventually(transport::isListening)).isTrue();
        NotificationsKt.clearNotifications();

        data.jdbc()
                .queryForList(
                        "select pg_terminate_backend(pid) from pg_stat_activity "
                                + "where application_name = ? and datname = current_database()",
                        PostgresTransport.APPLICATION_NAME);

        assertThat(eventually(() -> NotificationsKt.getNotifications().stream()
                        .map(com.github.mvysny.kaributools.NotificationsKt::getText)
                        .anyMatch(t -> t.contains("Live updates are back"))))
                .isTrue();
        moveThroughInstanceA(AccountBucket.NEXT_WEEK);
        assertThat(eventually(() -> shownIn(AccountBucket.NEXT_WEEK, acme))).isTrue();
    }
}
