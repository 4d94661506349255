package com.contas.account;

/** When an account's next open activity is due: the columns of the accounts board. */
public enum AccountBucket {
    NO_ACTIVITY,
    OVERDUE,
    TODAY,
    THIS_WEEK,
    NEXT_WEEK,
    LATER
}
