package com.contas.customfield;

import com.contas.common.SqlList;
import com.contas.common.Validation;
import com.contas.currency.CurrencyService;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads, validates and writes an organization's custom field values. Called by the organization
 * service inside its own transaction, so a value is saved together with the organization (and
 * under its version) or not at all.
 */
@Service
public class CustomFieldValues {

    public static final int MAX_TEXT_LENGTH = 1000;
    /** {@code numeric(19, 4)}: 15 digits before the point, 4 after. */
    private static final BigDecimal MAX_NUMBER = new BigDecimal("999999999999999.9999");

    private final NamedParameterJdbcTemplate jdbc;
    private final CustomFieldService fields;
    private final CurrencyService currencies;

    CustomFieldValues(NamedParameterJdbcTemplate jdbc, CustomFieldService fields, CurrencyService currencies) {
        this.jdbc = jdbc;
        this.fields = fields;
        this.currencies = currencies;
    }

    /** The organization's values by field id. */
    @Transactional(readOnly = true)
    public Map<Long, CustomValue> of(long organizationId) {
        Map<Long, CustomValue> values = new HashMap<>();
        jdbc.query(
                "select field_id, text_value, number_value, date_value, currency from custom_field_value "
                        + "where organization_id = :id",
                new MapSqlParameterSource("id", organizationId),
                rs -> {
                    values.put(
                            rs.getLong("field_id"),
                            new CustomValue(
                                    rs.getString("text_value"),
                                    rs.getBigDecimal("number_value"),
                                    SqlList.localDate(rs, "date_value"),
                                    rs.getString("currency")));
                });
        return values;
    }

    /**
     * Checks the values typed for the active fields (keyed by field id; a missing or empty value
     * clears the field). Problems are added to {@code v} under the field name {@code "cf<id>"}.
     *
     * @return the values to store, cleaned (trimmed text, upper-case currency), by field
     */
    @Transactional(readOnly = true)
    public Map<CustomFieldInfo, CustomValue> validate(Validation v, Map<Long, CustomValue> typed) {
        Map<CustomFieldInfo, CustomValue> result = new LinkedHashMap<>();
        List<CustomFieldInfo> active = fields.activeFields();
        for (Long id : typed.keySet()) {
            if (active.stream().noneMatch(f -> f.id() == id)) {
                v.add(key(id), "validation.unknownField");
            }
        }
        for (CustomFieldInfo field : active) {
            CustomValue value = typed.get(field.id());
            if (value != null) {
                result.put(field, clean(v, field, value));
            }
        }
        return result;
    }

    private CustomValue clean(Validation v, CustomFieldInfo field, CustomValue value) {
        String key = key(field.id());
        return switch (field.type()) {
            case TEXT -> text(v.optionalText(key, value.text(), MAX_TEXT_LENGTH));
            case OPTION -> {
                String option = v.optionalText(key, value.text(), MAX_TEXT_LENGTH);
                if (option != null && !field.options().contains(option)) {
                    v.add(key, "validation.unknownOption", option);
                }
                yield text(option);
            }
            case NUMBER -> number(v, key, value.number(), null);
            case MONEY -> {
                String currency = value.currency() == null || value.currency().isBlank()
                        ? null
                        : value.currency().strip().toUpperCase(Locale.ROOT);
                if (value.number() != null) {
                    if (currency == null) {
                        v.add(key, "validation.currencyRequired");
                    } else if (!currencies.isActive(currency)) {
                        v.add(key, "validation.unknownCurrency", currency);
                    }
                    if (value.number().stripTrailingZeros().scale() > 2) {
                        v.add(key, "validation.tooManyDecimals", 2);
                    }
                }
                yield number(v, key, value.number(), currency);
            }
            case DATE -> {
                LocalDate date = v.date(key, value.date(), false);
                yield date == null ? null : new CustomValue(null, null, date, null);
            }
            case YES_NO -> {
                String answer = v.optionalText(key, value.text(), MAX_TEXT_LENGTH);
                if (answer != null && !answer.equals(CustomFieldType.YES) && !answer.equals(CustomFieldType.NO)) {
                    v.add(key, "validation.unknownOption", answer);
                }
                yield text(answer);
            }
        };
    }

    private static CustomValue text(String text) {
        return text == null ? null : new CustomValue(text, null, null, null);
    }

    private static CustomValue number(Validation v, String key, BigDecimal number, String currency) {
        if (number == null) {
            return null;
        }
        if (number.abs().compareTo(MAX_NUMBER) > 0) {
            v.add(key, "validation.tooLarge", MAX_NUMBER.toPlainString());
        } else if (number.stripTrailingZeros().scale() > 4) {
            v.add(key, "validation.tooManyDecimals", 4);
        }
        return new CustomValue(null, number, null, currency);
    }

    /**
     * Writes validated values and returns what changed (field name → old and new text) for the
     * history. Must run inside the caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Change> write(long organizationId, Map<CustomFieldInfo, CustomValue> values) {
        Map<Long, CustomValue> old = of(organizationId);
        List<Change> changes = new ArrayList<>();
        for (Map.Entry<CustomFieldInfo, CustomValue> entry : values.entrySet()) {
            CustomFieldInfo field = entry.getKey();
            CustomValue before = old.get(field.id());
            CustomValue after = entry.getValue();
            if (sameValue(before, after)) {
                continue;
            }
            MapSqlParameterSource params =
                    new MapSqlParameterSource("org", organizationId).addValue("field", field.id());
            jdbc.update("delete from custom_field_value where organization_id = :org and field_id = :field", params);
            if (after != null) {
                jdbc.update(
                        "insert into custom_field_value (organization_id, field_id, text_value, number_value, "
                                + "date_value, currency) values (:org, :field, :text, :number, :date, :currency)",
                        params.addValue("text", after.text())
                                .addValue("number", after.number())
                                .addValue("date", after.date() == null ? null : Date.valueOf(after.date()))
                                .addValue("currency", after.currency()));
            }
            changes.add(new Change(field.name(), display(before), display(after)));
        }
        return changes;
    }

    private static boolean sameValue(CustomValue a, CustomValue b) {
        if (a == null || b == null) {
            return a == b;
        }
        return Objects.equals(a.text(), b.text())
                && Objects.equals(a.date(), b.date())
                && Objects.equals(a.currency(), b.currency())
                && (a.number() == null
                        ? b.number() == null
                        : b.number() != null && a.number().compareTo(b.number()) == 0);
    }

    private static String display(CustomValue value) {
        if (value == null) {
            return null;
        }
        if (value.text() != null) {
            return value.text();
        }
        if (value.date() != null) {
            return value.date().toString();
        }
        String number = value.number() == null
                ? ""
                : value.number().stripTrailingZeros().toPlainString();
        return value.currency() == null ? number : number + " " + value.currency();
    }

    /** The field name validation problems use for a custom field. */
    public static String key(long fieldId) {
        return "cf" + fieldId;
    }

    /** One changed value, for the organization's history. */
    public record Change(String fieldName, String oldValue, String newValue) {}
}
