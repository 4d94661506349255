package com.contas.activity;

public enum ActivityType {
    CALL,
    MEETING,
    TASK,
    DEADLINE,
    EMAIL,
    LUNCH
}
