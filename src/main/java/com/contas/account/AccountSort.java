package com.contas.account;

import java.io.Serializable;

/** How a page of accounts is ordered; ties are always broken by id, in the same direction. */
public record AccountSort(Field field, boolean ascending) implements Serializable {

    public static final AccountSort BY_NAME = new AccountSort(Field.NAME, true);

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
        LAST_ACTIVITY
    }
}
