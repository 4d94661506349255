package com.contas.settings;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.ZoneId;

/** Company-wide settings: money is aggregated in the default currency; days are the company's. */
public record CompanySettings(
        String defaultCurrency,
        ZoneId timeZone,
        DayOfWeek firstDayOfWeek,
        int notContactedDays,
        boolean nextStepPrompt,
        int followUpDays,
        long version)
        implements Serializable {}
