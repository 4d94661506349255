package com.contas.detail.ui;

import com.contas.activity.ActivityType;
import com.contas.customfield.CustomFieldType;
import com.contas.customfield.CustomValue;
import com.contas.shell.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.I18NProvider;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * How an account's numbers and dates read: {@link Formats} (the one place that formats money,
 * numbers, dates and times) with what accounts add to it: the company's default currency, in which
 * aggregates are shown (an aggregate without deals is zero, not empty), today for "12 days ago",
 * custom field values and activity icons.
 */
public final class DetailFormat implements Serializable {

    private final Formats formats;
    private final String currency;
    private final LocalDate today;
    private final Locale locale;

    public DetailFormat(Locale locale, ZoneId zone, String currency, LocalDate today) {
        this.locale = locale;
        this.formats = new Formats(locale, zone);
        this.currency = currency;
        this.today = today;
    }

    /** An aggregate in the company's default currency (null, no deals: zero). */
    public String money(BigDecimal value) {
        return formats.money(value == null ? BigDecimal.ZERO : value, currency);
    }

    /** An aggregate in the company's default currency, compact when large ("R$ 14,9 bi"). */
    public String moneyCompact(BigDecimal value) {
        return formats.moneyCompact(value == null ? BigDecimal.ZERO : value, currency);
    }

    /** A sum in the company's default currency for a narrow column: no cents, compact when large. */
    public String moneyShort(BigDecimal value) {
        return formats.moneyShort(value == null ? BigDecimal.ZERO : value, currency);
    }

    public String money(BigDecimal value, String currencyCode) {
        return formats.money(value, currencyCode);
    }

    public String date(LocalDate date) {
        return formats.date(date);
    }

    public String date(Instant instant) {
        return formats.date(instant);
    }

    public String dateTime(Instant instant) {
        return formats.dateTime(instant);
    }

    public String time(LocalTime time) {
        return formats.time(time);
    }

    /** Days from the instant's date to today (0 today, 1 yesterday). */
    public long daysAgo(Instant instant) {
        return ChronoUnit.DAYS.between(instant.atZone(formats.zone()).toLocalDate(), today);
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
        return formats.number(value);
    }

    public String customValue(CustomFieldType type, CustomValue value) {
        if (value == null) {
            return "";
        }
        return switch (type) {
            case TEXT, OPTION -> value.text() == null ? "" : value.text();
            case NUMBER -> value.number() == null ? "" : number(value.number());
            case MONEY ->
                value.number() == null
                        ? ""
                        : money(value.number(), value.currency() == null ? currency : value.currency());
            case DATE -> date(value.date());
            case YES_NO -> value.text() == null ? "" : yesNo(value.text());
        };
    }

    /** A yes/no field's stored answer ({@link CustomFieldType#YES}, {@link CustomFieldType#NO}) in words. */
    public String yesNo(String answer) {
        return I18NProvider.translate(
                locale, CustomFieldType.YES.equals(answer) ? "customFields.yes" : "customFields.no");
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

    /** {@link #icon}'s name as a {@code <vaadin-icon icon="…">} attribute, for renderers and plain elements. */
    public static String iconAttribute(ActivityType type) {
        return "vaadin:" + icon(type).name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The company's default currency, in which aggregates are shown. */
    public String defaultCurrency() {
        return currency;
    }

    public LocalDate today() {
        return today;
    }

    public Locale locale() {
        return formats.locale();
    }

    /** Field names are translated where known ("history.field.name"); custom fields keep their name. */
    public static String historyField(com.vaadin.flow.component.Component screen, String field) {
        if (field.startsWith("custom:")) {
            return field.substring("custom:".length());
        }
        String key = "history.field." + field;
        String translated = screen.getTranslation(key);
        return translated.startsWith("!") || translated.equals(key) ? field : translated;
    }
}
