package com.contas.account;

import com.contas.activity.ActivityType;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * An account's earliest open activity (by date, then time, then id).
 *
 * @param version the activity's version when it was read: a move based on it is refused if the
 *                activity changed since
 */
public record NextActivity(
        long id, ActivityType type, String subject, LocalDate dueDate, LocalTime dueTime, long version)
        implements Serializable {}
