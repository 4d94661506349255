package com.contas.account;

import java.io.Serializable;

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

    /** What accounts can be sorted by. Missing values (no activity yet) sort as the largest. */
    public enum Field {
        NAME,
        OWNER,
        ACCOUNT_SINCE,
        WON_COUNT,
        WON_VALUE,
        OPEN_COUNT,
        OPEN_VALUE,
        PEOPLE,
        NEXT_ACTIVITY,
        LAST_ACTIVITY,
        /** The board's order within a column: next activity date, then name. */
        BOARD,
        CUSTOM_FIELD
    }
}
