package com.contas.activity;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the activities list shows (all optional): text in the subject or organization, done or
 * not, only overdue (open and due before today), a type, an assignee, a due date range.
 */
public record ActivityFilter(
        String search,
        Boolean done,
        boolean overdueOnly,
        ActivityType type,
        Long assigneeId,
        LocalDate from,
        LocalDate to)
        implements Serializable {

    public static final ActivityFilter ALL = new ActivityFilter(null, null, false, null, null, null, null);
}
