package com.contas.currency;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** "1 base = rate quote" from the effective date on, as the admin's rates list shows it. */
public record ExchangeRateRow(
        long id, String baseCurrency, String quoteCurrency, BigDecimal rate, LocalDate effectiveDate, long version)
        implements Serializable {}
