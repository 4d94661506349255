package com.contas.account.ui;

import com.contas.customfield.CustomValue;
import com.contas.activity.ActivityType;
import com.contas.customfield.CustomFieldType;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.Locale;

/** How account numbers and dates read in the user's language. */
public final class AccountFormat implements Serializable {

    private final Locale locale;
    private final ZoneId zone;
    private final String currency;
    private final LocalDate today;

    public AccountFormat(Locale locale, ZoneId zone, String currency, LocalDate today) {
        this.locale = locale;
        this.zone = zone;
        this.currency = currency;
        this.today = today;
    }

    public String money(BigDecimal value) {
        return money(value, currency);
    }

    public String money(BigDecimal value, String currencyCode) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        try {
            format.setCurrency(Currency.getInstance(currencyCode));
        } catch (IllegalArgumentException unknown) {
            return currencyCode + " " + NumberFormat.getNumberInstance(locale).format(value);
        }
        return format.format(value == null ? BigDecimal.ZERO : value);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    public String date(Instant instant) {
        return instant == null ? "" : date(instant.atZone(zone).toLocalDate());
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .format(instant.atZone(zone));
    }

    public String time(LocalTime time) {
        return time == null ? "" : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(time);
    }

    /** Days from the instant's date to today (0 today, 1 yesterday). */
    public long daysAgo(Instant instant) {
        return ChronoUnit.DAYS.between(instant.atZone(zone).toLocalDate(), today);
    }

    /** "12 days ago", "yesterday", "today" in the user's language. */
    public String ago(Component translator, Instant instant) {
        long days = daysAgo(instant);
        if (days <= 0) {
            return translator.getTranslation("time.today");
        }
        if (days == 1) {
            return translator.getTranslation("time.yesterday");
        }
        return translator.getTranslation("time.daysAgo", days);
    }

    public String number(BigDecimal value) {
        return NumberFormat.getNumberInstance(locale).format(value);
    }

    public String customValue(CustomFieldType type, CustomValue value) {
        if (value == null) {
            return "";
        }
        return switch (type) {
            case TEXT, OPTION -> value.text() == null ? "" : value.text();
            case NUMBER -> value.number() == null ? "" : number(value.number());
            case MONEY -> value.number() == null ? "" : money(value.number(),
                    value.currency() == null ? currency : value.currency());
            case DATE -> date(value.date());
        };
    }

    public static VaadinIcon icon(ActivityType type) {
        return switch (type) {
            case CALL -> VaadinIcon.PHONE;
            case MEETING -> VaadinIcon.GROUP;
            case TASK -> VaadinIcon.CHECK_SQUARE_O;
            case DEADLINE -> VaadinIcon.FLAG;
            case EMAIL -> VaadinIcon.ENVELOPE;
            case LUNCH -> VaadinIcon.COFFEE;
        };
    }

    /** The company's default currency, in which aggregates are shown. */
    public String defaultCurrency() {
        return currency;
    }

    public LocalDate today() {
        return today;
    }

    public Locale locale() {
        return locale;
    }
}
