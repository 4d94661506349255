package com.contas.account;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One account as every screen shows it. Money is in the company's default currency;
 * {@code unconvertedDeals} counts won or open deals in a currency without a rate, which the values
 * leave out and the screens flag.
 */
public record AccountRow(
        long id,
        String name,
        long ownerId,
        String ownerName,
        Instant accountSince,
        int wonCount,
        BigDecimal wonValue,
        int openCount,
        BigDecimal openValue,
        int unconvertedDeals,
        int peopleCount,
        NextActivity nextActivity,
        Instant lastActivityAt,
        AccountBucket bucket)
        implements Serializable {}
