package com.contas.currency;

/** The rates to the default currency changed (new rates, or a new default currency). */
public record ConversionRatesChanged() {}
