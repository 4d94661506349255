package com.contas.deal;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a user types to create or change a deal. A deal belongs to an organization or a person
 * (or both); a person's organization is taken when only the person is given.
 */
public record DealInput(
        String title,
        BigDecimal value,
        String currency,
        Long organizationId,
        Long personId,
        Long ownerId,
        Long stageId,
        LocalDate expectedCloseDate)
        implements Serializable {}
