package com.contas.account;

import com.contas.deal.DealStatus;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** One account: its row and its deals' totals per currency and status (before conversion). */
public record AccountDetails(AccountRow row, String defaultCurrency, List<CurrencyTotal> perCurrency)
        implements Serializable {

    public record CurrencyTotal(String currency, DealStatus status, int count, BigDecimal value, boolean hasRate)
            implements Serializable {}
}
