package com.contas.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RescheduleRulesTest {

    private static BucketCalendar calendar(String today, DayOfWeek firstDay) {
        Instant noon = LocalDate.parse(today).atTime(12, 0).atZone(ZoneId.of("America/Sao_Paulo")).toInstant();
        return BucketCalendar.of(Clock.fixed(noon, ZoneOffset.UTC), ZoneId.of("America/Sao_Paulo"), firstDay);
    }

    /**
     * Weeks from Monday. Wednesday 11 March 2026: this week ends Sunday 15, next week 16-22,
     * the week after 23-29. Friday 13 March and Sunday 15 March (the last day) too.
     */
    @ParameterizedTest(name = "today {0}, due {1}, to {2} -> {3}")
    @CsvSource({
            "2026-03-11, 2026-03-09, TODAY,     2026-03-11",
            "2026-03-11, 2026-03-09, THIS_WEEK, 2026-03-12",
            "2026-03-11, 2026-03-13, THIS_WEEK, 2026-03-13",
            "2026-03-11, 2026-03-20, THIS_WEEK, 2026-03-13",
            "2026-03-11, 2026-03-11, THIS_WEEK, 2026-03-12",
            "2026-03-11, 2026-03-09, NEXT_WEEK, 2026-03-16",
            "2026-03-11, 2026-03-15, NEXT_WEEK, 2026-03-22",
            "2026-03-11, 2026-03-04, LATER,     2026-03-25",
            "2026-03-11, 2026-04-30, LATER,     2026-03-26",
            "2026-03-13, 2026-03-12, THIS_WEEK, 2026-03-14",
            "2026-03-13, 2026-03-14, THIS_WEEK, 2026-03-14",
            "2026-03-15, 2026-03-20, NEXT_WEEK, 2026-03-20",
            "2026-03-15, 2026-03-20, LATER,     2026-03-27",
            "2026-03-15, 2026-03-10, TODAY,     2026-03-15"})
    void monday_weeks(LocalDate today, LocalDate due, AccountBucket target, LocalDate expected) {
        assertThat(RescheduleRules.newDate(target, due, calendar(today.toString(), DayOfWeek.MONDAY)))
                .contains(expected);
    }

    /** Weeks from Sunday. Wednesday 11 March 2026: this week ends Saturday 14, next week 15-21. */
    @ParameterizedTest(name = "today {0}, due {1}, to {2} -> {3}")
    @CsvSource({
            "2026-03-11, 2026-03-08, THIS_WEEK, 2026-03-12",
            "2026-03-11, 2026-03-14, THIS_WEEK, 2026-03-14",
            "2026-03-11, 2026-03-08, NEXT_WEEK, 2026-03-15",
            "2026-03-11, 2026-03-09, NEXT_WEEK, 2026-03-16",
            "2026-03-11, 2026-03-14, LATER,     2026-03-28",
            "2026-03-14, 2026-03-16, NEXT_WEEK, 2026-03-16"})
    void sunday_weeks(LocalDate today, LocalDate due, AccountBucket target, LocalDate expected) {
        assertThat(RescheduleRules.newDate(target, due, calendar(today.toString(), DayOfWeek.SUNDAY)))
                .contains(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "2026-03-11, MONDAY, OVERDUE,     board.refused.overdue",
            "2026-03-11, MONDAY, NO_ACTIVITY, board.refused.noActivity",
            "2026-03-15, MONDAY, THIS_WEEK,   board.refused.weekOver",
            "2026-03-14, SUNDAY, THIS_WEEK,   board.refused.weekOver"})
    void some_columns_are_no_targets(LocalDate today, DayOfWeek firstDay, AccountBucket target, String reason) {
        BucketCalendar calendar = calendar(today.toString(), firstDay);
        assertThat(RescheduleRules.refusal(target, calendar)).contains(reason);
        assertThat(RescheduleRules.newDate(target, today, calendar)).isEqualTo(Optional.empty());
    }
}
