package com.contas.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.contas.account.AccountFilter;
import com.contas.account.AccountQueries;
import com.contas.account.AccountRow;
import com.contas.account.AccountSort;
import com.contas.common.PageSpec;
import com.contas.common.StaleVersionException;
import com.contas.currency.CurrencyService;
import com.contas.currency.ExchangeRateInput;
import com.contas.currency.ExchangeRateRow;
import com.contas.security.DemoUser;
import com.contas.testsupport.ServiceTestBase;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Company settings and exchange rates as admins change them, and what the aggregates do then. */
class CompanySettingsAdminTest extends ServiceTestBase {

    @Autowired
    SettingsService settings;

    @Autowired
    CurrencyService currencies;

    @Autowired
    AccountQueries accounts;

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

    private CompanySettingsInput with(String currency, String zone, Integer days) {
        return new CompanySettingsInput(currency, zone, DayOfWeek.MONDAY, days, true, 7);
    }

    private AccountRow onlyAccount() {
        return accounts.page(AccountFilter.ALL, AccountSort.BY_NAME, 0, 10).get(0);
    }

    private void wonDeal(long org, String value, String currency) {
        var deal = deal(org, value, currency);
        deals.markWon(deal.id(), deal.version());
    }

    @Test
    void a_user_is_refused_at_every_settings_and_rate_admin_method() {
        long version = settings.get().version();
        assertThatThrownBy(() -> settings.update(version, with("USD", "UTC", 30)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> currencies.rates(null, PageSpec.first(5))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> currencies.countRates(null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> currencies.addRate(new ExchangeRateInput("USD", "BRL", BigDecimal.TEN, JAN_1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> currencies.deleteRate(1, 0)).isInstanceOf(AccessDeniedException.class);
        assertThat(settings.get().defaultCurrency()).isEqualTo("BRL");
    }

    @Test
    void changing_the_default_currency_changes_the_aggregates() {
        long org = organization("Acme").id();
        wonDeal(org, "100", "USD");
        wonDeal(org, "50", "BRL");
        data.signIn(DemoUser.ADMIN);
        assertThat(onlyAccount().unconvertedDeals()).isEqualTo(1);

        currencies.addRate(new ExchangeRateInput("usd", "BRL", new BigDecimal("5"), JAN_1));
        assertThat(onlyAccount().wonValue()).isEqualByComparingTo("550");
        assertThat(onlyAccount().unconvertedDeals()).isZero();

        settings.update(settings.get().version(), with("USD", "America/Sao_Paulo", 30));
        assertThat(settings.get().defaultCurrency()).isEqualTo("USD");
        assertThat(onlyAccount().wonValue()).isEqualByComparingTo("110");
    }

    @Test
    void a_rate_counts_from_its_effective_date_and_deleting_it_flags_the_deals_again() {
        long org = organization("Acme").id();
        wonDeal(org, "100", "EUR");
        data.signIn(DemoUser.ADMIN);
        currencies.addRate(new ExchangeRateInput("EUR", "BRL", new BigDecimal("6"), JAN_1));
        currencies.addRate(new ExchangeRateInput("EUR", "BRL", new BigDecimal("7"), LocalDate.of(2026, 12, 1)));
        assertThat(onlyAccount().wonValue()).isEqualByComparingTo("600");

        ExchangeRateRow first = currencies
                .rates("eur", new PageSpec(0, 5, "effectiveDate", true))
                .get(0);
        assertThat(currencies.countRates("EUR")).isEqualTo(2);
        currencies.deleteRate(first.id(), first.version());
        assertThat(onlyAccount().unconvertedDeals()).isEqualTo(1);
        assertThatThrownBy(() -> currencies.deleteRate(first.id(), first.version()))
                .isInstanceOf(StaleVersionException.class);
    }

    @Test
    void a_rate_dated_tomorrow_comes_into_force_when_the_day_changes() {
        long org = organization("Acme").id();
        wonDeal(org, "100", "USD");
        data.signIn(DemoUser.ADMIN);
        currencies.addRate(new ExchangeRateInput("USD", "BRL", new BigDecimal("5"), LocalDate.of(2026, 3, 12)));
        assertThat(onlyAccount().unconvertedDeals()).isEqualTo(1);

        currencies.refreshWhenTheDayChanges();
        assertThat(onlyAccount().unconvertedDeals()).isEqualTo(1);

        // 03:01 UTC on the 12th is past midnight in São Paulo.
        clock.set(java.time.Instant.parse("2026-03-12T03:01:00Z"));
        currencies.refreshWhenTheDayChanges();
        assertThat(onlyAccount().wonValue()).isEqualByComparingTo("500");
    }

    @Test
    void bad_settings_and_rates_name_their_fields_and_write_nothing() {
        data.signIn(DemoUser.ADMIN);
        long version = settings.get().version();
        assertRefusedWithoutWrites("timeZone", () -> settings.update(version, with("BRL", "Mars/Olympus", 30)));
        assertRefusedWithoutWrites("notContactedDays", () -> settings.update(version, with("BRL", "UTC", 0)));
        assertRefusedWithoutWrites("defaultCurrency", () -> settings.update(version, with("XYZ", "UTC", 30)));
        assertRefusedWithoutWrites(
                "quoteCurrency", () -> currencies.addRate(new ExchangeRateInput("BRL", "BRL", BigDecimal.ONE, JAN_1)));
        assertRefusedWithoutWrites(
                "rate", () -> currencies.addRate(new ExchangeRateInput("USD", "BRL", BigDecimal.ZERO, JAN_1)));
        currencies.addRate(new ExchangeRateInput("USD", "BRL", BigDecimal.ONE, JAN_1));
        assertRefusedWithoutWrites(
                "effectiveDate", () -> currencies.addRate(new ExchangeRateInput("USD", "BRL", BigDecimal.TEN, JAN_1)));
        assertThat(settings.get().timeZone().getId()).isEqualTo("America/Sao_Paulo");
    }

    @Test
    void settings_changed_by_someone_else_are_not_overwritten() {
        data.signIn(DemoUser.ADMIN);
        long seen = settings.get().version();
        settings.update(seen, with("BRL", "UTC", 45));
        assertThatThrownBy(() -> settings.update(seen, with("BRL", "UTC", 60)))
                .isInstanceOf(StaleVersionException.class);
        assertThat(settings.get().notContactedDays()).isEqualTo(45);
    }
}
