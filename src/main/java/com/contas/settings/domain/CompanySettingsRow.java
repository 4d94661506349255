package com.contas.settings.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;

/** The single row (id 1) of company-wide settings. */
@Entity
@Table(name = "company_settings")
public class CompanySettingsRow {

    @Id
    private Integer id;

    @Column(name = "default_currency", nullable = false, length = 3)
    private String defaultCurrency;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Enumerated(EnumType.STRING)
    @Column(name = "first_day_of_week", nullable = false, length = 9)
    private DayOfWeek firstDayOfWeek;

    @Column(name = "not_contacted_days", nullable = false)
    private int notContactedDays;

    @Column(name = "next_step_prompt", nullable = false)
    private boolean nextStepPrompt;

    @Column(name = "follow_up_days", nullable = false)
    private int followUpDays;

    @Version
    private long version;

    protected CompanySettingsRow() {}

    public void change(
            String defaultCurrency,
            String timeZone,
            DayOfWeek firstDayOfWeek,
            int notContactedDays,
            boolean nextStepPrompt,
            int followUpDays) {
        this.defaultCurrency = defaultCurrency;
        this.timeZone = timeZone;
        this.firstDayOfWeek = firstDayOfWeek;
        this.notContactedDays = notContactedDays;
        this.nextStepPrompt = nextStepPrompt;
        this.followUpDays = followUpDays;
    }

    public boolean isNextStepPrompt() {
        return nextStepPrompt;
    }

    public int getFollowUpDays() {
        return followUpDays;
    }

    public String getDefaultCurrency() {
        return defaultCurrency;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public DayOfWeek getFirstDayOfWeek() {
        return firstDayOfWeek;
    }

    public int getNotContactedDays() {
        return notContactedDays;
    }

    public long getVersion() {
        return version;
    }
}
