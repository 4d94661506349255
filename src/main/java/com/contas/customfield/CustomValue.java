package com.contas.customfield;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One custom field value of an organization; only the column of the field's type is set. */
public record CustomValue(String text, BigDecimal number, LocalDate date, String currency) implements Serializable {}
