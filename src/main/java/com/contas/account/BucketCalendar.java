package com.contas.account;

import java.io.Serializable;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * The dates that separate the buckets, in the company's time zone and week.
 *
 * @param today         the company's today
 * @param endOfWeek     the last day of the current week (This week = after today up to here)
 * @param endOfNextWeek the last day of next week (Next week = after endOfWeek up to here)
 */
public record BucketCalendar(LocalDate today, LocalDate endOfWeek, LocalDate endOfNextWeek) implements Serializable {

    public static BucketCalendar of(Clock clock, ZoneId zone, DayOfWeek firstDayOfWeek) {
        return of(LocalDate.now(clock.withZone(zone)), firstDayOfWeek);
    }

    /** The calendar of a given company day, weeks starting on {@code firstDayOfWeek}. */
    public static BucketCalendar of(LocalDate today, DayOfWeek firstDayOfWeek) {
        LocalDate startOfWeek = today.with(TemporalAdjusters.previousOrSame(firstDayOfWeek));
        return new BucketCalendar(today, startOfWeek.plusDays(6), startOfWeek.plusDays(13));
    }

    public LocalDate startOfNextWeek() {
        return endOfWeek.plusDays(1);
    }

    /** The bucket of an account whose next open activity is due on {@code due} (null: none). */
    public AccountBucket bucketOf(LocalDate due) {
        for (AccountBucket bucket : AccountBucket.values()) {
            if (bucket.contains(due, this)) {
                return bucket;
            }
        }
        throw new IllegalStateException("no bucket holds " + due);
    }
}
