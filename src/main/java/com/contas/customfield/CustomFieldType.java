package com.contas.customfield;

/** The kinds of value an admin-defined organization field holds. */
public enum CustomFieldType {
    TEXT,
    NUMBER,
    MONEY,
    DATE,
    OPTION,
    /** Yes or no, stored as {@link #YES} or {@link #NO} in the text column. */
    YES_NO;

    public static final String YES = "yes";
    public static final String NO = "no";
}
