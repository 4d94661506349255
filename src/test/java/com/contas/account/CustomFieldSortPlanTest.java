package com.contas.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.contas.testsupport.ServiceTestBase;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sorting the accounts by a custom field must not cost a look-up of the field's value per account
 * (with 100,000 organizations, {@code /accounts?sort=cf1} ran three correlated subqueries for each
 * of 50,000 accounts, ~0.8 s a page): the values are read once, in one join. Counted by the
 * database itself, in the reading transaction ({@code pg_stat_xact_user_tables}): PostgreSQL only.
 */
@Tag("pgonly")
class CustomFieldSortPlanTest extends ServiceTestBase {

    static final int ACCOUNTS = 60;

    @Autowired
    AccountQueries accounts;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void a_page_sorted_by_a_custom_field_reads_the_fields_values_in_one_scan_not_one_per_account() {
        data.jdbc()
                .update(
                        "insert into custom_field (id, name, type, position, created_at) values "
                                + "(902, 'Employees', 'NUMBER', 1, ?)",
                        Timestamp.from(Instant.now()));
        for (int i = 0; i < ACCOUNTS; i++) {
            long id = organization("Org " + i).id();
            var deal = deal(id, "10", "BRL");
            deals.markWon(deal.id(), deal.version());
            if (i % 2 == 0) {
                data.jdbc()
                        .update(
                                "insert into custom_field_value (organization_id, field_id, number_value) values (?, 902, ?)",
                                id,
                                ACCOUNTS - i);
            }
        }
        // Statistics of every table, as the product refreshes them after a load: other tests of the
        // suite leave tables (organization, deal) whose statistics still describe thousands of rows
        // (seen in CI: a nested loop, 8 scans, where fresh statistics give a hash join, 3).
        data.jdbc().execute("analyze");

        long scans = new TransactionTemplate(transactions).execute(tx -> {
            List<AccountRow> page = accounts.page(
                    AccountFilter.ALL, new AccountSort(AccountSort.Field.CUSTOM_FIELD, true, 902L), 0, 10);
            assertThat(page).hasSize(10);
            return data.jdbc()
                    .queryForObject(
                            "select coalesce(idx_scan, 0) + coalesce(seq_scan, 0) from pg_stat_xact_user_tables "
                                    + "where relname = 'custom_field_value'",
                            Long.class);
        });
        System.out.println("custom_field_value scans for one page sorted by a custom field: " + scans);
        // One scan to read the values; the planner may also probe an index for the join key's range.
        // Before: three look-ups per account, 210 here.
        assertThat(scans).isLessThanOrEqualTo(5);
    }
}
