package com.contas.currency;

import com.contas.currency.domain.CurrencyRepository;
import com.contas.settings.SettingsService;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The currencies deals may use (ISO 4217 codes) and the rates that convert them to the company's
 * default currency. Rates are maintained by admins; nothing is looked up on the internet.
 */
@Service
public class CurrencyService {

    private static final int RATE_SCALE = 8;

    private final CurrencyRepository currencies;
    private final SettingsService settings;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CurrencyService(CurrencyRepository currencies, SettingsService settings, JdbcTemplate jdbc,
            ApplicationEventPublisher events, Clock clock) {
        this.currencies = currencies;
        this.settings = settings;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean isActive(String code) {
        return code != null && code.length() == 3 && currencies.existsByCodeAndActiveTrue(code);
    }

    @Transactional(readOnly = true)
    public List<CurrencyInfo> activeCurrencies() {
        return currencies.findByActiveTrueOrderByCodeAsc().stream()
                .map(c -> new CurrencyInfo(c.getCode(), c.getName(), c.getFractionDigits())).toList();
    }

    /** The rates in force today from each currency that has one to the default currency. */
    @Transactional(readOnly = true)
    public Map<String, BigDecimal> conversionRates() {
        Map<String, BigDecimal> rates = new LinkedHashMap<>();
        jdbc.query("select currency, rate from conversion_rate order by currency",
                rs -> {
                    rates.put(rs.getString(1), rs.getBigDecimal(2));
                });
        return rates;
    }

    /**
     * Recomputes the rate in force today from every currency to the default currency: the latest
     * direct rate, else the inverse of the latest opposite rate; a currency with neither has no
     * rate. Listeners (the account summary) recompute their money in the same transaction.
     */
    @Transactional
    public Map<String, BigDecimal> refreshConversionRates() {
        String target = settings.get().defaultCurrency();
        LocalDate today = LocalDate.now(clock.withZone(settings.get().timeZone()));
        Map<String, BigDecimal> rates = new LinkedHashMap<>();
        rates.put(target, BigDecimal.ONE);
        // Few rows: read them in date order and let the latest of each pair win.
        String sql = "select base_currency, quote_currency, rate from exchange_rate where effective_date <= ? "
                + "and (base_currency = ? or quote_currency = ?) order by effective_date, id";
        Map<String, BigDecimal> inverse = new LinkedHashMap<>();
        jdbc.query(sql, rs -> {
            String base = rs.getString(1);
            String quote = rs.getString(2);
            BigDecimal rate = rs.getBigDecimal(3);
            if (quote.equals(target)) {
                rates.put(base, rate.setScale(RATE_SCALE, RoundingMode.HALF_EVEN));
            } else {
                inverse.put(quote, BigDecimal.ONE.divide(rate, MathContext.DECIMAL64)
                        .setScale(RATE_SCALE, RoundingMode.HALF_EVEN));
            }
        }, Date.valueOf(today), target, target);
        inverse.entrySet().stream().filter(e -> e.getValue().signum() > 0)
                .forEach(e -> rates.putIfAbsent(e.getKey(), e.getValue()));
        jdbc.update("delete from conversion_rate");
        jdbc.batchUpdate("insert into conversion_rate (currency, rate) values (?, ?)",
                rates.entrySet().stream().map(e -> new Object[] {e.getKey(), e.getValue()}).toList());
        events.publishEvent(new ConversionRatesChanged());
        return rates;
    }
}
