package com.contas.currency;

import java.io.Serializable;

public record CurrencyInfo(String code, String name, int fractionDigits) implements Serializable {}
