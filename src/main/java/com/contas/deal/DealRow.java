package com.contas.deal;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A deal as the deals list shows it, with the names of what it links to and its version. */
public record DealRow(
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
        String organizationName,
        Long personId,
        String personName,
        long ownerId,
        String ownerName,
        long stageId,
        String stageName,
        long version)
        implements Serializable {}
