package com.contas.deal;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

public record DealDetails(
        long id,
        String title,
        BigDecimal value,
        String currency,
        DealStatus status,
        Instant wonAt,
        Instant lostAt,
        String lostReason,
        LocalDate expectedCloseDate,
        Long organizationId,
        Long personId,
        long ownerId,
        long stageId,
        Instant createdAt,
        Instant updatedAt,
        long version)
        implements Serializable {}
