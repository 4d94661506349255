package com.contas.settings;

import java.io.Serializable;
import java.time.DayOfWeek;

/** What an admin types to change the company settings. */
public record CompanySettingsInput(
        String defaultCurrency,
        String timeZone,
        DayOfWeek firstDayOfWeek,
        Integer notContactedDays,
        boolean nextStepPrompt,
        Integer followUpDays)
        implements Serializable {}
