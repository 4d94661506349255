package com.contas.account;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How a page of accounts is ordered; ties are always broken by id, in the same direction.
 *
 * @param customFieldId the field to sort by when {@code field} is {@link Field#CUSTOM_FIELD}
 */
public record AccountSort(Field field, boolean ascending, Long customFieldId) implements Serializable {

    public static final AccountSort BY_NAME = new AccountSort(Field.NAME, true);

    public AccountSort(Field field, boolean ascending) {
        this(field, ascending, null);
    }

    public AccountSort {
        if (field == Field.CUSTOM_FIELD && customFieldId == null) {
            throw new IllegalArgumentException("a custom field sort needs the field's id");
        }
    }

    /**
     * What accounts can be sorted by: the accounts list's columns, each with its one key (the
     * grid's column, the URL's {@code sort}, the CSV export's header, the saved column choice) and
     * the summary columns it orders by; and two orders of no column (the board's, a custom field's).
     * Missing values (no activity yet) sort as the largest.
     */
    public enum Field {
        NAME("name", "s.search_name"),
        OWNER("owner", "s.owner_sort", "s.search_name"),
        ACCOUNT_SINCE("since", "s.account_since"),
        WON_COUNT("wonCount", "s.won_count"),
        WON_VALUE("wonValue", "s.won_value"),
        OPEN_COUNT("openCount", "s.open_count"),
        OPEN_VALUE("openValue", "s.open_value"),
        PEOPLE("people", "s.people_count"),
        NEXT_ACTIVITY("next", "s.next_activity_date", "s.next_activity_time", "s.next_activity_id"),
        LAST_ACTIVITY("last", "s.last_activity_at"),
        /** The board's order within a column: next activity date, then name. */
        BOARD(null, "s.next_activity_date", "s.search_name"),
        /** A custom field's value ({@link AccountSort#customFieldId}). */
        CUSTOM_FIELD(null);

        private final String key;
        private final List<String> orderColumns;

        Field(String key, String... orderColumns) {
            this.key = key;
            this.orderColumns = List.of(orderColumns);
        }

        /** The column's key ({@code wonValue}); null for an order of no list column. */
        public String key() {
            return key;
        }

        /** The summary's columns ({@code s.…}) this field orders by, most significant first. */
        public List<String> orderColumns() {
            return orderColumns;
        }

        /** The list's columns, in the order the grid shows them. */
        public static List<Field> columns() {
            return Arrays.stream(values()).filter(f -> f.key != null).toList();
        }

        /**
         * The column of a key; also the names URLs used before keys were unified
         * ({@code won_value}, {@code account_since}), so that old bookmarks still sort.
         */
        public static Optional<Field> byKey(String key) {
            return columns().stream()
                    .filter(f -> f.key.equals(key)
                            || f.name().toLowerCase(Locale.ROOT).equals(key))
                    .findFirst();
        }
    }
}
