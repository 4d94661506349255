package com.contas.currency;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What an admin types to add an exchange rate: 1 base = rate quote, from the effective date on. */
public record ExchangeRateInput(String baseCurrency, String quoteCurrency, BigDecimal rate, LocalDate effectiveDate)
        implements Serializable {}
