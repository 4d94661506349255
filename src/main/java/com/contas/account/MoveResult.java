package com.contas.account;

import com.contas.activity.ActivityType;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/** What a move on the board did, with what undoing it needs. */
public record MoveResult(
        long organizationId,
        long activityId,
        ActivityType type,
        String subject,
        LocalDate oldDate,
        LocalTime oldTime,
        LocalDate newDate,
        LocalTime newTime,
        long newVersion)
        implements Serializable {}
