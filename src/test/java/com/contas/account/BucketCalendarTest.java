package com.contas.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BucketCalendarTest {

    private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");

    private static BucketCalendar at(String instant, ZoneId zone, DayOfWeek firstDay) {
        return BucketCalendar.of(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC), zone, firstDay);
    }

    /** Wednesday 11 March 2026, weeks from Monday: this week ends Sunday 15, next week is 16 to 22. */
    @ParameterizedTest
    @CsvSource({
        ",           NO_ACTIVITY",
        "2026-03-10, OVERDUE",
        "2026-03-11, TODAY",
        "2026-03-12, THIS_WEEK",
        "2026-03-15, THIS_WEEK",
        "2026-03-16, NEXT_WEEK",
        "2026-03-22, NEXT_WEEK",
        "2026-03-23, LATER"
    })
    void with_monday_weeks_each_boundary_falls_in_its_bucket(LocalDate due, AccountBucket expected) {
        BucketCalendar calendar = at("2026-03-11T15:00:00Z", SAO_PAULO, DayOfWeek.MONDAY);
        assertThat(calendar.bucketOf(due)).isEqualTo(expected);
    }

    /** Wednesday 11 March 2026, weeks from Sunday: this week ends Saturday 14, next week is 15 to 21. */
    @ParameterizedTest
    @CsvSource({
        "2026-03-10, OVERDUE",
        "2026-03-11, TODAY",
        "2026-03-12, THIS_WEEK",
        "2026-03-14, THIS_WEEK",
        "2026-03-15, NEXT_WEEK",
        "2026-03-21, NEXT_WEEK",
        "2026-03-22, LATER"
    })
    void with_sunday_weeks_each_boundary_falls_in_its_bucket(LocalDate due, AccountBucket expected) {
        BucketCalendar calendar = at("2026-03-11T15:00:00Z", SAO_PAULO, DayOfWeek.SUNDAY);
        assertThat(calendar.bucketOf(due)).isEqualTo(expected);
    }

    @Test
    void on_the_last_day_of_the_week_this_week_is_empty() {
        BucketCalendar sunday = at("2026-03-15T15:00:00Z", SAO_PAULO, DayOfWeek.MONDAY);
        assertThat(sunday.endOfWeek()).isEqualTo(sunday.today());
        assertThat(sunday.bucketOf(LocalDate.of(2026, 3, 16))).isEqualTo(AccountBucket.NEXT_WEEK);
    }

    @Test
    void today_is_the_companys_date_not_utcs() {
        // 01:30 UTC on Thursday 12 March is still Wednesday 11 March, 22:30, in São Paulo.
        BucketCalendar calendar = at("2026-03-12T01:30:00Z", SAO_PAULO, DayOfWeek.MONDAY);
        assertThat(calendar.today()).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(calendar.bucketOf(LocalDate.of(2026, 3, 12))).isEqualTo(AccountBucket.THIS_WEEK);

        BucketCalendar tokyo = at("2026-03-11T15:30:00Z", ZoneId.of("Asia/Tokyo"), DayOfWeek.MONDAY);
        assertThat(tokyo.today()).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(tokyo.bucketOf(LocalDate.of(2026, 3, 11))).isEqualTo(AccountBucket.OVERDUE);
    }
}
