package com.contas.account;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The numbers on top of the accounts list.
 *
 * @param notContacted     accounts with no activity done in {@code notContactedDays} days
 * @param unconvertedDeals won or open deals left out of the money because their currency has no rate
 */
public record AccountKpis(
        long accounts,
        BigDecimal wonValue,
        String currency,
        long noActivity,
        long overdue,
        long notContacted,
        int notContactedDays,
        long unconvertedDeals)
        implements Serializable {}
