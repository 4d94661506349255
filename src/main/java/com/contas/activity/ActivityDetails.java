package com.contas.activity;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

public record ActivityDetails(
        long id,
        ActivityType type,
        String subject,
        LocalDate dueDate,
        LocalTime dueTime,
        Integer durationMinutes,
        boolean done,
        Instant doneAt,
        String note,
        Long organizationId,
        Long personId,
        Long dealId,
        long assigneeId,
        Instant createdAt,
        Instant updatedAt,
        long version)
        implements Serializable {}
