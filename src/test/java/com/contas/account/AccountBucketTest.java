package com.contas.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each bucket's range of dates and its drop rule (AccountBucket), walked over every bucket. */
class AccountBucketTest {

    private static BucketCalendar calendar(String today, DayOfWeek firstDay) {
        Instant noon = LocalDate.parse(today)
                .atTime(12, 0)
                .atZone(ZoneId.of("America/Sao_Paulo"))
                .toInstant();
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
        "2026-03-15, 2026-03-10, TODAY,     2026-03-15"
    })
    void monday_weeks(LocalDate today, LocalDate due, AccountBucket target, LocalDate expected) {
        assertThat(target.newDate(due, calendar(today.toString(), DayOfWeek.MONDAY)))
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
        "2026-03-14, 2026-03-16, NEXT_WEEK, 2026-03-16"
    })
    void sunday_weeks(LocalDate today, LocalDate due, AccountBucket target, LocalDate expected) {
        assertThat(target.newDate(due, calendar(today.toString(), DayOfWeek.SUNDAY)))
                .contains(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "2026-03-11, MONDAY, OVERDUE,     board.refused.overdue",
        "2026-03-11, MONDAY, NO_ACTIVITY, board.refused.noActivity",
        "2026-03-15, MONDAY, THIS_WEEK,   board.refused.weekOver",
        "2026-03-14, SUNDAY, THIS_WEEK,   board.refused.weekOver"
    })
    void some_columns_are_no_targets(LocalDate today, DayOfWeek firstDay, AccountBucket target, String reason) {
        BucketCalendar calendar = calendar(today.toString(), firstDay);
        assertThat(target.refusal(calendar)).contains(reason);
        assertThat(target.newDate(today, calendar)).isEqualTo(Optional.empty());
    }

    /** Every day of the week as today, weeks from Monday and from Sunday. */
    private static List<BucketCalendar> calendars() {
        List<BucketCalendar> calendars = new ArrayList<>();
        for (DayOfWeek firstDay : List.of(DayOfWeek.MONDAY, DayOfWeek.SUNDAY, DayOfWeek.SATURDAY)) {
            for (int day = 0; day < 7; day++) {
                calendars.add(calendar(LocalDate.of(2026, 3, 9).plusDays(day).toString(), firstDay));
            }
        }
        return calendars;
    }

    @Test
    void every_due_date_falls_in_exactly_one_bucket_and_the_buckets_follow_each_other_in_order() {
        for (BucketCalendar calendar : calendars()) {
            AccountBucket previous = null;
            for (LocalDate due = calendar.today().minusDays(40);
                    due.isBefore(calendar.today().plusDays(60));
                    due = due.plusDays(1)) {
                LocalDate day = due;
                List<AccountBucket> holding = Arrays.stream(AccountBucket.values())
                        .filter(b -> b.contains(day, calendar))
                        .toList();
                assertThat(holding)
                        .as("buckets holding %s when today is %s", due, calendar.today())
                        .hasSize(1);
                assertThat(calendar.bucketOf(due)).isEqualTo(holding.get(0));
                if (previous != null) {
                    assertThat(holding.get(0))
                            .as("the bucket of %s, after %s", due, previous)
                            .isGreaterThanOrEqualTo(previous);
                }
                previous = holding.get(0);
            }
            assertThat(calendar.bucketOf(null)).isEqualTo(AccountBucket.NO_ACTIVITY);
            assertThat(Arrays.stream(AccountBucket.values()).filter(b -> b.contains(null, calendar)))
                    .containsExactly(AccountBucket.NO_ACTIVITY);
        }
    }

    @Test
    void a_drop_puts_the_activity_in_the_column_it_was_dropped_on_or_says_why_not() {
        for (BucketCalendar calendar : calendars()) {
            for (AccountBucket target : AccountBucket.values()) {
                Optional<String> refusal = target.refusal(calendar);
                for (LocalDate due = calendar.today().minusDays(20);
                        due.isBefore(calendar.today().plusDays(40));
                        due = due.plusDays(1)) {
                    Optional<LocalDate> moved = target.newDate(due, calendar);
                    if (refusal.isPresent()) {
                        assertThat(moved).isEmpty();
                    } else {
                        assertThat(moved).isPresent();
                        assertThat(calendar.bucketOf(moved.get()))
                                .as("%s dropped on %s when today is %s", due, target, calendar.today())
                                .isEqualTo(target);
                    }
                }
            }
        }
    }

    @Test
    void every_bucket_has_a_name_and_a_tone() {
        for (AccountBucket bucket : AccountBucket.values()) {
            assertThat(bucket.messageKey()).isEqualTo("bucket." + bucket.name());
            assertThat(bucket.tone()).matches("[a-z-]+");
        }
    }
}
