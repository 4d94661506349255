package com.contas.shell;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/**
 * Money, numbers, dates and times as every screen shows them, in the user's language and the
 * company's zone; a missing value (null) is shown as nothing, an unknown currency by its code.
 */
public final class Formats implements Serializable {

    private static final BigDecimal COMPACT_FROM = BigDecimal.valueOf(1_000_000);

    private final Locale locale;
    private final ZoneId zone;

    public Formats(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.zone = zone;
    }

    public Locale locale() {
        return locale;
    }

    public ZoneId zone() {
        return zone;
    }

    public String money(BigDecimal value, String currencyCode) {
        if (value == null) {
            return "";
        }
        return currencyFormat(currencyCode)
                .map(format -> format.format(value))
                .orElseGet(() -> currencyCode + " "
                        + NumberFormat.getNumberInstance(locale).format(value));
    }

    /** The locale's format for a currency; empty when the code names none Java knows. */
    private Optional<DecimalFormat> currencyFormat(String currencyCode) {
        if (!(NumberFormat.getCurrencyInstance(locale) instanceof DecimalFormat format)) {
            return Optional.empty();
        }
        try {
            format.setCurrency(Currency.getInstance(currencyCode));
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return Optional.empty();
        }
        return Optional.of(format);
    }

    /**
     * A sum for a narrow column (a phone's list): whole units below a million ("R$ 123.457"),
     * {@link #moneyCompact(BigDecimal, String) compact} from there on.
     */
    public String moneyShort(BigDecimal value, String currencyCode) {
        if (value == null || value.abs().compareTo(COMPACT_FROM) >= 0) {
            return moneyCompact(value, currencyCode);
        }
        return currencyFormat(currencyCode)
                .map(format -> {
                    format.setMaximumFractionDigits(0);
                    format.setRoundingMode(RoundingMode.HALF_UP);
                    return format.format(value);
                })
                .orElseGet(() -> money(value, currencyCode));
    }

    /**
     * A large sum in a few characters for a tile: "R$ 14,9 bi" in pt-BR, "R$14.9B" in English, with
     * the currency where the locale writes it. Below a million the exact figure is short enough and
     * is shown as {@link #money(BigDecimal, String)} does.
     */
    public String moneyCompact(BigDecimal value, String currencyCode) {
        if (value == null || value.abs().compareTo(COMPACT_FROM) < 0) {
            return money(value, currencyCode);
        }
        NumberFormat compact = NumberFormat.getCompactNumberInstance(locale, NumberFormat.Style.SHORT);
        compact.setMaximumFractionDigits(1);
        compact.setRoundingMode(RoundingMode.HALF_UP);
        // A double: Java 17's compact format ignores the fraction digits for a BigDecimal ("15 bi").
        String number = compact.format(value.abs().doubleValue());
        return currencyFormat(currencyCode)
                .map(currency -> value.signum() < 0
                        ? currency.getNegativePrefix() + number + currency.getNegativeSuffix()
                        : currency.getPositivePrefix() + number + currency.getPositiveSuffix())
                .orElseGet(() -> currencyCode + " " + number);
    }

    public String number(BigDecimal value) {
        return value == null ? "" : NumberFormat.getNumberInstance(locale).format(value);
    }

    public String date(LocalDate date) {
        return date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .format(date);
    }

    public String date(Instant instant) {
        return instant == null ? "" : date(instant.atZone(zone).toLocalDate());
    }

    public String dateTime(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale)
                        .format(instant.atZone(zone));
    }

    public String time(LocalTime time) {
        return time == null
                ? ""
                : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                        .withLocale(locale)
                        .format(time);
    }
}
