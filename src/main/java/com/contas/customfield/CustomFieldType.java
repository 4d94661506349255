package com.contas.customfield;

/** The kinds of value an admin-defined organization field holds. */
public enum CustomFieldType {
    TEXT,
    NUMBER,
    MONEY,
    DATE,
    OPTION
}
