package com.contas.account;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

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
     * The accounts list's columns, each written once: its key (the grid's column, the URL's
     * {@code sort}, the CSV export's header, the saved column choice; headers read
     * {@code accounts.column.<key>}), what kind of value it holds and how it is read from a row (the
     * grid formats it, the CSV writes it), and the summary columns it orders by. Two orders belong
     * to no column: the board's and a custom field's. The grid and the CSV follow this order;
     * missing values (no activity yet) sort as the largest.
     */
    public enum Field {
        NAME("name", Kind.TEXT, AccountRow::name, "s.search_name"),
        OWNER("owner", Kind.TEXT, AccountRow::ownerName, "s.owner_sort", "s.search_name"),
        ACCOUNT_SINCE("since", Kind.DAY, AccountRow::accountSince, "s.account_since"),
        WON_COUNT("wonCount", Kind.COUNT, AccountRow::wonCount, "s.won_count"),
        WON_VALUE("wonValue", Kind.MONEY, AccountRow::wonValue, "s.won_value"),
        OPEN_COUNT("openCount", Kind.COUNT, AccountRow::openCount, "s.open_count"),
        OPEN_VALUE("openValue", Kind.MONEY, AccountRow::openValue, "s.open_value"),
        PEOPLE("people", Kind.COUNT, AccountRow::peopleCount, "s.people_count"),
        NEXT_ACTIVITY(
                "next",
                Kind.DATE,
                row -> row.nextActivity() == null ? null : row.nextActivity().dueDate(),
                "s.next_activity_date",
                "s.next_activity_time",
                "s.next_activity_id"),
        LAST_ACTIVITY("last", Kind.DAY, AccountRow::lastActivityAt, "s.last_activity_at"),
        /** The board's order within a column: next activity date, then name. */
        BOARD(null, null, null, "s.next_activity_date", "s.search_name"),
        /** A custom field's value ({@link AccountSort#customFieldId}). */
        CUSTOM_FIELD(null, null, null);

        /** What a column's value is, which says how it is shown and exported. */
        public enum Kind {
            /** A name ({@link String}). */
            TEXT,
            /** A count ({@link Integer}), right-aligned. */
            COUNT,
            /** An amount in the company's default currency ({@link java.math.BigDecimal}), right-aligned. */
            MONEY,
            /** A calendar date ({@link java.time.LocalDate}). */
            DATE,
            /** A moment ({@link java.time.Instant}) shown and exported as its date in the company's zone. */
            DAY
        }

        private final String key;
        private final Kind kind;
        private final Function<AccountRow, Object> value;
        private final List<String> orderColumns;

        Field(String key, Kind kind, Function<AccountRow, Object> value, String... orderColumns) {
            this.key = key;
            this.kind = kind;
            this.value = value;
            this.orderColumns = List.of(orderColumns);
        }

        public Kind kind() {
            return kind;
        }

        /** The column's value in a row (null: none, such as no next activity). */
        public Object value(AccountRow row) {
            return value.apply(row);
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
