package com.contas.live;

import com.contas.account.AccountQueries;
import com.contas.security.DemoUser;
import com.contas.testsupport.ContasTest;
import com.contas.testsupport.LargeDataSet;
import com.contas.testsupport.MockUi;
import com.contas.testsupport.TestData;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Live updates at scale, server side, on the large data set: 200 open screens (half on the board,
 * half on the list, each its own session) hear of one account change; printed are the time from
 * the change reaching this instance until every screen has redrawn, and the heap each open screen
 * holds. Screens are redrawn one after another on the delivery thread, as in production.
 */
@ContasTest
@Tag("bench")
class LiveUpdatesBenchmark {

    static final int SCREENS = 200;

    @Autowired
    ApplicationContext context;

    @Autowired
    TestData data;

    @Autowired
    LiveUpdates live;

    @Autowired
    AccountQueries accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void benchmark() throws Exception {
        LargeDataSet.ensureLoaded(context);
        long account = jdbc.queryForObject(
                "select organization_id from account_summary where is_account = true "
                        + "and next_activity_date is not null order by search_name fetch first 1 rows only",
                Long.class);
        long heapBefore = usedHeapAfterGc();
        List<VaadinSession> sessions = new ArrayList<>();
        for (int i = 0; i < SCREENS; i++) {
            MockUi.setUp(context);
            data.signIn(DemoUser.USER);
            UI.getCurrent().navigate(i % 2 == 0 ? "accounts/board" : "accounts");
            MockVaadin.clientRoundtrip();
            sessions.add(VaadinSession.getCurrent());
        }
        long heapAfter = usedHeapAfterGc();
        System.out.println(String.format(Locale.ROOT, "bench live_subscribers=%d", live.subscriberCount()));
        System.out.println(String.format(
                Locale.ROOT,
                "bench live_heap_per_open_screen_kb=%d (board or list open, "
                        + "%d screens, without the push connection's own buffers)",
                (heapAfter - heapBefore) / SCREENS / 1024,
                SCREENS));

        double[] times = new double[20];
        for (int run = 0; run < times.length; run++) {
            AccountChange change = new AccountChange(
                    UUID.randomUUID(),
                    Set.of(account),
                    false,
                    null,
                    "Bench",
                    "live.changedOne",
                    List.of(NoticeArg.text("Bench account")),
                    null);
            long start = System.nanoTime();
            live.deliver(change);
            for (VaadinSession session : sessions) {
                MockVaadin.runUIQueue(true, session);
            }
            times[run] = (System.nanoTime() - start) / 1e6;
            com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications();
        }
        java.util.Arrays.sort(times);
        System.out.println(String.format(
                Locale.ROOT,
                "bench live_deliver_one_change_to_%d_screens p50_ms=%.1f " + "max_ms=%.1f (%d runs)",
                live.subscriberCount(),
                times[times.length / 2],
                times[times.length - 1],
                times.length));
        MockUi.tearDown();
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
