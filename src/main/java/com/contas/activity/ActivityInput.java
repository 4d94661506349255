package com.contas.activity;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/** What a user types to schedule or change an activity. */
public record ActivityInput(
        ActivityType type,
        String subject,
        LocalDate dueDate,
        LocalTime dueTime,
        Integer durationMinutes,
        String note,
        Long organizationId,
        Long personId,
        Long dealId,
        Long assigneeId)
        implements Serializable {}
