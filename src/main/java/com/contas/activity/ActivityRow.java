package com.contas.activity;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/** An activity as the activities list shows it, with the names of what it is linked to. */
public record ActivityRow(
        long id,
        ActivityType type,
        String subject,
        LocalDate dueDate,
        LocalTime dueTime,
        Integer durationMinutes,
        boolean done,
        Long organizationId,
        String organizationName,
        Long personId,
        String personName,
        Long dealId,
        String dealTitle,
        long assigneeId,
        String assigneeName,
        long version)
        implements Serializable {}
