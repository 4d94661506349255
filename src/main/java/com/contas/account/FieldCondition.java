package com.contas.account;

import com.contas.customfield.CustomFieldInfo;
import com.contas.customfield.CustomFieldType;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A filter on one custom field, by the field's type: text that contains, a number (or amount) range,
 * a date range, options in a set, yes or no. Its {@link #values()} are how an address holds it
 * ({@code f<id>=...}, repeated for a set of options), read back by {@link #parse}.
 */
public sealed interface FieldCondition extends Serializable {

    int MAX_TEXT_LENGTH = 200;

    long fieldId();

    /** The condition as the values of its address parameter. */
    List<String> values();

    /** Text that contains {@code text}, any case. */
    record Contains(long fieldId, String text) implements FieldCondition {
        public Contains {
            text = text == null ? "" : text.strip();
            if (text.isEmpty() || text.length() > MAX_TEXT_LENGTH) {
                throw new IllegalArgumentException("Contains needs 1 to " + MAX_TEXT_LENGTH + " characters");
            }
        }

        @Override
        public List<String> values() {
            return List.of(text);
        }
    }

    /** A number, or a money field's amount (in the value's own currency), in the range. */
    record NumberBetween(long fieldId, Range<BigDecimal> range) implements FieldCondition {
        @Override
        public List<String> values() {
            return List.of(range.text());
        }
    }

    /** A date in the range. */
    record DateBetween(long fieldId, Range<LocalDate> range) implements FieldCondition {
        @Override
        public List<String> values() {
            return List.of(range.text());
        }
    }

    /** An option among {@code options}. */
    record OneOf(long fieldId, Set<String> options) implements FieldCondition {
        public OneOf {
            if (options == null || options.isEmpty()) {
                throw new IllegalArgumentException("OneOf needs an option");
            }
            options = Set.copyOf(new TreeSet<>(options));
        }

        @Override
        public List<String> values() {
            return List.copyOf(new TreeSet<>(options));
        }
    }

    /** A yes/no field answered yes ({@code yes}) or no. */
    record Answer(long fieldId, boolean yes) implements FieldCondition {
        @Override
        public List<String> values() {
            return List.of(yes ? CustomFieldType.YES : CustomFieldType.NO);
        }
    }

    /**
     * Reads a condition on {@code field} from its address values; empty when they do not make one
     * for the field's type (an unknown option, an unreadable range, nothing).
     */
    static Optional<FieldCondition> parse(CustomFieldInfo field, List<String> values) {
        List<String> given = values.stream()
                .filter(v -> v != null && !v.isBlank())
                .map(String::strip)
                .toList();
        if (given.isEmpty()) {
            return Optional.empty();
        }
        String first = given.get(0);
        return switch (field.type()) {
            case TEXT ->
                Optional.of(first.length() > MAX_TEXT_LENGTH ? first.substring(0, MAX_TEXT_LENGTH) : first)
                        .map(text -> new Contains(field.id(), text));
            case NUMBER, MONEY -> Range.parse(first, BigDecimal::new).map(r -> new NumberBetween(field.id(), r));
            case DATE -> Range.parse(first, LocalDate::parse).map(r -> new DateBetween(field.id(), r));
            case OPTION -> {
                Set<String> known = new TreeSet<>(given);
                known.retainAll(field.options());
                yield known.isEmpty() ? Optional.empty() : Optional.of(new OneOf(field.id(), known));
            }
            case YES_NO ->
                switch (first.toLowerCase(Locale.ROOT)) {
                    case CustomFieldType.YES -> Optional.of(new Answer(field.id(), true));
                    case CustomFieldType.NO -> Optional.of(new Answer(field.id(), false));
                    default -> Optional.empty();
                };
        };
    }
}
