package com.contas.currency;

import com.contas.common.PageSpec;
import com.contas.common.SqlList;
import com.contas.common.StaleVersionException;
import com.contas.common.Validation;
import com.contas.currency.domain.CurrencyRepository;
import com.contas.settings.CompanySettingsChanged;
import com.contas.settings.SettingsService;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The currencies deals may use (ISO 4217 codes) and the rates that convert them to the company's
 * default currency. Rates are maintained by admins; nothing is looked up on the internet.
 */
@Service
public class CurrencyService {

    private static final int RATE_SCALE = 8;
    /** The column holds numeric(19, 8). */
    private static final BigDecimal MAX_RATE = new BigDecimal("99999999999");

    private static final Map<String, String> RATE_SORTS = Map.of(
            "effectiveDate",
            "r.effective_date",
            "baseCurrency",
            "r.base_currency",
            "quoteCurrency",
            "r.quote_currency",
            "rate",
            "r.rate");

    private final CurrencyRepository currencies;
    private final SettingsService settings;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final NamedParameterJdbcTemplate named;

    CurrencyService(
            CurrencyRepository currencies,
            SettingsService settings,
            JdbcTemplate jdbc,
            ApplicationEventPublisher events,
            Clock clock,
            NamedParameterJdbcTemplate named) {
        this.named = named;
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
                .map(c -> new CurrencyInfo(c.getCode(), c.getName(), c.getFractionDigits()))
                .toList();
    }

    /** The rates in force today from each currency that has one to the default currency. */
    @Transactional(readOnly = true)
    public Map<String, BigDecimal> conversionRates() {
        Map<String, BigDecimal> rates = new LinkedHashMap<>();
        jdbc.query("select currency, rate from conversion_rate order by currency", rs -> {
            rates.put(rs.getString("currency"), rs.getBigDecimal("rate"));
        });
        return rates;
    }

    /** Another default currency or time zone: the rates in force (and every aggregate) follow. */
    @EventListener
    @Transactional
    public void on(CompanySettingsChanged event) {
        refreshConversionRates();
    }

    /** One page of exchange rates; {@code currency}: text in the code on either side (optional). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<ExchangeRateRow> rates(String currency, PageSpec page) {
        return rateQuery(currency)
                .page(
                        named,
                        "r.id, r.base_currency, r.quote_currency, r.rate, r.effective_date, r.version",
                        page,
                        RATE_SORTS,
                        "effectiveDate",
                        (rs, i) -> new ExchangeRateRow(
                                rs.getLong("id"),
                                rs.getString("base_currency"),
                                rs.getString("quote_currency"),
                                rs.getBigDecimal("rate"),
                                SqlList.localDate(rs, "effective_date"),
                                rs.getLong("version")));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public long countRates(String currency) {
        return rateQuery(currency).count(named);
    }

    private static SqlList rateQuery(String currency) {
        return new SqlList("exchange_rate r", "r.id")
                .search(currency, "lower(r.base_currency)", "lower(r.quote_currency)");
    }

    /** Adds a rate; the rates in force and the aggregates follow at once. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void addRate(ExchangeRateInput input) {
        Validation v = Validation.start();
        String base = currencyField(v, "baseCurrency", input.baseCurrency());
        String quote = currencyField(v, "quoteCurrency", input.quoteCurrency());
        if (base != null && base.equals(quote)) {
            v.add("quoteCurrency", "validation.rate.sameCurrency");
        }
        BigDecimal rate = v.required("rate", input.rate());
        if (rate != null && (rate.signum() <= 0 || rate.compareTo(MAX_RATE) > 0)) {
            v.add("rate", "validation.rate.range");
        } else if (rate != null && rate.stripTrailingZeros().scale() > RATE_SCALE) {
            v.add("rate", "validation.tooManyDecimals", RATE_SCALE);
        }
        LocalDate date = v.date("effectiveDate", input.effectiveDate(), true);
        if (v.isValid()
                && jdbc.queryForObject(
                                "select count(*) from exchange_rate where base_currency = ? "
                                        + "and quote_currency = ? and effective_date = ?",
                                Long.class,
                                base,
                                quote,
                                Date.valueOf(date))
                        > 0) {
            v.add("effectiveDate", "validation.rate.duplicate");
        }
        v.throwIfInvalid();
        jdbc.update(
                "insert into exchange_rate (base_currency, quote_currency, rate, effective_date, created_at) "
                        + "values (?, ?, ?, ?, ?)",
                base,
                quote,
                rate,
                Date.valueOf(date),
                Timestamp.from(clock.instant()));
        refreshConversionRates();
    }

    /** Removes a rate the admin saw at {@code expectedVersion}; the rates in force follow. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void deleteRate(long id, long expectedVersion) {
        if (jdbc.update("delete from exchange_rate where id = ? and version = ?", id, expectedVersion) == 0) {
            throw new StaleVersionException("ExchangeRate", id);
        }
        refreshConversionRates();
    }

    private String currencyField(Validation v, String field, String value) {
        String code = v.requiredText(field, value, 3);
        if (code == null || v.hasProblem(field)) {
            return null;
        }
        code = code.toUpperCase(Locale.ROOT);
        if (!isActive(code)) {
            v.add(field, "validation.unknownCurrency", code);
        }
        return code;
    }

    /**
     * A rate with a future effective date comes into force on that day without anyone saving
     * anything: look every hour (cheap when nothing changed; the company's midnight falls on some hour),
     * see {@code LongJobs}.
     */
    @Transactional
    public void refreshWhenTheDayChanges() {
        refreshConversionRates();
    }

    private static boolean sameRates(Map<String, BigDecimal> a, Map<String, BigDecimal> b) {
        return a.size() == b.size()
                && a.entrySet().stream()
                        .allMatch(e ->
                                b.get(e.getKey()) != null && b.get(e.getKey()).compareTo(e.getValue()) == 0);
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
        jdbc.query(
                sql,
                rs -> {
                    String base = rs.getString("base_currency");
                    String quote = rs.getString("quote_currency");
                    BigDecimal rate = rs.getBigDecimal("rate");
                    if (quote.equals(target)) {
                        rates.put(base, rate.setScale(RATE_SCALE, RoundingMode.HALF_EVEN));
                    } else {
                        inverse.put(
                                quote,
                                BigDecimal.ONE
                                        .divide(rate, MathContext.DECIMAL64)
                                        .setScale(RATE_SCALE, RoundingMode.HALF_EVEN));
                    }
                },
                Date.valueOf(today),
                target,
                target);
        inverse.entrySet().stream()
                .filter(e -> e.getValue().signum() > 0)
                .forEach(e -> rates.putIfAbsent(e.getKey(), e.getValue()));
        if (sameRates(rates, conversionRates())) {
            // Nothing moved: no need to recompute the money of every account.
            return rates;
        }
        jdbc.update("delete from conversion_rate");
        jdbc.batchUpdate(
                "insert into conversion_rate (currency, rate) values (?, ?)",
                rates.entrySet().stream()
                        .map(e -> new Object[] {e.getKey(), e.getValue()})
                        .toList());
        events.publishEvent(new ConversionRatesChanged());
        return rates;
    }
}
