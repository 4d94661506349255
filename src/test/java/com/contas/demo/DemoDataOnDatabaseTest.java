package com.contas.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.contas.account.AccountFilter;
import com.contas.account.AccountQueries;
import com.contas.account.AccountSummaryMaintainer;
import com.contas.currency.CurrencyService;
import com.contas.testsupport.DbTest;
import com.contas.testsupport.MutableClock;
import com.contas.testsupport.TestData;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo data on the application's own database (H2, and PostgreSQL in the postgres suite). */
@DbTest
class DemoDataOnDatabaseTest {

    @Autowired
    TestData data;

    @Autowired
    MutableClock clock;

    @Autowired
    DemoDataGenerator generator;

    @Autowired
    CurrencyService currencies;

    @Autowired
    AccountSummaryMaintainer summaries;

    @Autowired
    AccountQueries accounts;

    @AfterEach
    void cleanUp() {
        data.reset();
    }

    @Test
    void the_small_demo_makes_about_half_of_the_organizations_accounts_with_a_consistent_summary() {
        data.reset();
        generator.generate(DemoSize.SMALL);
        currencies.refreshConversionRates();
        summaries.rebuildAll();

        DemoDataGeneratorTest.assertDemoShape(
                data.jdbc(), DemoSize.SMALL, Clock.fixed(clock.instant(), ZoneOffset.UTC));
        long accountCount = accounts.count(AccountFilter.ALL);
        assertThat(accountCount).isBetween(120L, 180L);
        assertThat(currencies.conversionRates()).containsKeys("BRL", "USD", "EUR");
        assertThat(summaries.reconcile().clean()).isTrue();
        assertThat(accounts.kpis(AccountFilter.ALL).accounts()).isEqualTo(accountCount);
    }
}
