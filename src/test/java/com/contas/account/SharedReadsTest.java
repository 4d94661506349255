package com.contas.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.contas.testsupport.Accounts;
import com.contas.testsupport.ServiceTestBase;
import com.contas.testsupport.StatementCounter;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The board's column totals and the list's tiles are read once for everyone who asks for the same
 * ones, and read again as soon as accounts change: through a service at once, around the services
 * within {@link SharedReads#MAX_AGE_MILLIS}.
 */
class SharedReadsTest extends ServiceTestBase {

    @Autowired
    Accounts given;

    @Autowired
    AccountQueries accounts;

    @Autowired
    StatementCounter statements;

    private long account(String name, String value) {
        return given.account(name, me, value);
    }

    @Test
    void the_same_totals_asked_twice_with_nothing_changed_cost_one_statement() {
        account("Acme", "100");
        BucketTotals first = accounts.bucketTotals(AccountFilter.ALL);
        AccountKpis kpis = accounts.kpis(AccountFilter.ALL);

        assertThat(statements.countDuring(() ->
                        assertThat(accounts.bucketTotals(AccountFilter.ALL)).isEqualTo(first)))
                .isZero();
        assertThat(statements.countDuring(
                        () -> assertThat(accounts.kpis(AccountFilter.ALL)).isEqualTo(kpis)))
                .isZero();
        assertThat(statements.countDuring(() -> accounts.bucketTotals(AccountFilter.ALL.withSearch("acme"))))
                .as("another filter is another reading")
                .isPositive();
    }

    @Test
    void a_change_committed_through_a_service_is_in_the_next_reading() {
        account("Acme", "100");
        assertThat(accounts.kpis(AccountFilter.ALL).accounts()).isEqualTo(1);
        assertThat(accounts.bucketTotals(AccountFilter.ALL)
                        .of(AccountBucket.NO_ACTIVITY)
                        .count())
                .isEqualTo(1);

        account("Beta", "250");

        assertThat(accounts.kpis(AccountFilter.ALL).accounts()).isEqualTo(2);
        assertThat(accounts.kpis(AccountFilter.ALL).wonValue()).isEqualByComparingTo(new BigDecimal("350"));
        assertThat(accounts.bucketTotals(AccountFilter.ALL)
                        .of(AccountBucket.NO_ACTIVITY)
                        .count())
                .isEqualTo(2);
    }

    @Test
    void a_write_around_the_services_is_seen_once_the_reading_is_old_enough() throws InterruptedException {
        long acme = account("Acme", "100");
        assertThat(accounts.kpis(AccountFilter.ALL).accounts()).isEqualTo(1);

        data.jdbc().update("update account_summary set won_value = 900 where organization_id = ?", acme);
        Thread.sleep(SharedReads.MAX_AGE_MILLIS + 100);

        assertThat(accounts.kpis(AccountFilter.ALL).wonValue()).isEqualByComparingTo(new BigDecimal("900"));
    }
}
