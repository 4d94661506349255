package com.contas.bench;

import com.contas.account.AccountBulkService;
import com.contas.account.AccountFilter;
import com.contas.account.AccountQueries;
import com.contas.account.AccountSort;
import com.contas.account.AccountSummaryMaintainer;
import com.contas.security.DemoUser;
import com.contas.testsupport.ContasTest;
import com.contas.testsupport.LargeDataSet;
import com.contas.testsupport.TestData;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bulk reassignment on the large data set ({@code ./mvnw -Pbench test -Dtest=AccountBulkBenchmark}):
 * 10,000 accounts given a new owner as the accounts list does it (chunks of 1,000, each its own
 * transaction with its history records, summary upkeep and live update), then the Undo; the summary
 * is reconciled after both, and nothing is printed if it drifts.
 */
@ContasTest
@Tag("bench")
class AccountBulkBenchmark {

    private static final int ACCOUNTS = 10_000;

    @Autowired
    ApplicationContext context;

    @Autowired
    TestData data;

    @Autowired
    AccountQueries accounts;

    @Autowired
    AccountBulkService bulk;

    @Autowired
    AccountSummaryMaintainer summaries;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void benchmark() {
        LargeDataSet.ensureLoaded(context);
        data.signIn(DemoUser.ADMIN);
        List<Long> ids = accounts.ids(AccountFilter.ALL, AccountSort.BY_NAME).subList(0, ACCOUNTS);
        long newOwner = data.userId(DemoUser.SALES_1);
        long historyBefore = jdbc.queryForObject("select count(*) from change_record", Long.class);

        long started = System.nanoTime();
        AccountBulkService.Reassignment done =
                bulk.reassign(AccountBulkService.Target.chosen(new HashSet<>(ids)), newOwner);
        long reassignMs = (System.nanoTime() - started) / 1_000_000;
        long owned = jdbc.queryForObject(
                "select count(*) from account_summary s join organization o on o.id = s.organization_id "
                        + "where o.owner_id = ? and s.organization_id in ("
                        + String.join(",", ids.stream().map(String::valueOf).toList()) + ")",
                Long.class,
                newOwner);
        long history = jdbc.queryForObject("select count(*) from change_record", Long.class) - historyBefore;
        if (owned != ACCOUNTS || !summaries.reconcile().clean()) {
            throw new IllegalStateException("The reassignment is not complete or the summary drifts: no figure");
        }

        started = System.nanoTime();
        int restored = bulk.undo(done);
        long undoMs = (System.nanoTime() - started) / 1_000_000;
        if (!summaries.reconcile().clean()) {
            throw new IllegalStateException("The summary drifts after the Undo: no figure");
        }
        System.out.println(String.format(
                Locale.ROOT,
                "bench bulk_reassign accounts=%d changed=%d ms=%d chunks=%d history_records=%d",
                ACCOUNTS,
                done.count(),
                reassignMs,
                (ACCOUNTS + AccountBulkService.CHUNK - 1) / AccountBulkService.CHUNK,
                history));
        System.out.println(String.format(
                Locale.ROOT, "bench bulk_undo accounts=%d restored=%d ms=%d", ACCOUNTS, restored, undoMs));
    }
}
