package com.contas.account;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * When an account's next open activity is due: the columns of the accounts board, and the one place
 * that says everything about each (docs/rules.md, "Buckets" and "Dropping a card"): its range of
 * due dates in the company's calendar ({@link #from}, {@link #to}), whether a drop on it reschedules
 * and to which date ({@link #newDate}), why not when it does not ({@link #refusal}), its message key
 * and its tone on screen. The database's conditions ({@code AccountQueries}), the board's drop rules,
 * the screens' styles and the demo data all derive from these, so a new bucket is written here, in
 * the bundles and, if it has a tone of its own, in the style sheet.
 *
 * <p>The ranges are in order, do not overlap and leave no date out; a test walks every bucket and
 * every day around two weeks to hold that.
 */
public enum AccountBucket {

    /** No open activity at all. No drop target: the card has no activity to move. */
    NO_ACTIVITY("none", "board.refused.noActivity", calendar -> null, calendar -> null, null),
    /** Before today. No drop target: nobody schedules into the past. */
    OVERDUE(
            "overdue",
            "board.refused.overdue",
            calendar -> null,
            calendar -> calendar.today().minusDays(1),
            null),
    /** Today; a drop makes the activity due today. */
    TODAY("today", null, BucketCalendar::today, BucketCalendar::today, (due, calendar) -> calendar.today()),
    /**
     * After today to the end of this week; a drop keeps the weekday if it is still ahead this week,
     * else makes it tomorrow. Empty, and no drop target, on the last day of the week.
     */
    THIS_WEEK(
            "later",
            "board.refused.weekOver",
            calendar -> calendar.today().plusDays(1),
            BucketCalendar::endOfWeek,
            (due, calendar) -> {
                LocalDate sameWeekday = sameWeekday(due, calendar.endOfWeek().minusDays(6), calendar);
                return sameWeekday.isAfter(calendar.today())
                        ? sameWeekday
                        : calendar.today().plusDays(1);
            }),
    /** The next week; a drop keeps the weekday. */
    NEXT_WEEK(
            "later",
            null,
            BucketCalendar::startOfNextWeek,
            BucketCalendar::endOfNextWeek,
            (due, calendar) -> sameWeekday(due, calendar.startOfNextWeek(), calendar)),
    /** After next week; a drop keeps the weekday, in the week after next. */
    LATER(
            "later",
            null,
            calendar -> calendar.endOfNextWeek().plusDays(1),
            calendar -> null,
            (due, calendar) -> sameWeekday(due, calendar.endOfNextWeek().plusDays(1), calendar));

    private final String tone;
    private final String refusalKey;
    private final Function<BucketCalendar, LocalDate> from;
    private final Function<BucketCalendar, LocalDate> to;
    /** Where a drop puts an activity due on a date; null for a column that is no drop target. */
    private final BiFunction<LocalDate, BucketCalendar, LocalDate> drop;

    AccountBucket(
            String tone,
            String refusalKey,
            Function<BucketCalendar, LocalDate> from,
            Function<BucketCalendar, LocalDate> to,
            BiFunction<LocalDate, BucketCalendar, LocalDate> drop) {
        this.tone = tone;
        this.refusalKey = refusalKey;
        this.from = from;
        this.to = to;
        this.drop = drop;
    }

    /** The first due date of the bucket; null when it has no lower bound (or holds no dates at all). */
    public LocalDate from(BucketCalendar calendar) {
        return from.apply(calendar);
    }

    /** The last due date of the bucket; null when it has no upper bound (or holds no dates at all). */
    public LocalDate to(BucketCalendar calendar) {
        return to.apply(calendar);
    }

    /** Whether the bucket holds the accounts without a due date (no open activity) rather than a range. */
    public boolean undated() {
        return this == NO_ACTIVITY;
    }

    /** Whether an account whose next open activity is due on {@code due} (null: none) is in this bucket. */
    public boolean contains(LocalDate due, BucketCalendar calendar) {
        if (undated() || due == null) {
            return undated() && due == null;
        }
        LocalDate from = from(calendar);
        LocalDate to = to(calendar);
        return (from == null || !due.isBefore(from)) && (to == null || !due.isAfter(to));
    }

    /** The translation key of the bucket's name ({@code bucket.TODAY}). */
    public String messageKey() {
        return "bucket." + name();
    }

    /** How the next activity of an account in this bucket looks: a CSS class ({@code none}, {@code overdue}, …). */
    public String tone() {
        return tone;
    }

    /** Why the column takes no drop today, as a translation key; empty if it takes one. */
    public Optional<String> refusal(BucketCalendar calendar) {
        if (drop == null) {
            return Optional.of(refusalKey);
        }
        LocalDate from = from(calendar);
        LocalDate to = to(calendar);
        return from != null && to != null && from.isAfter(to) ? Optional.of(refusalKey) : Optional.empty();
    }

    /**
     * The new due date of an activity now due on {@code due} when its card is dropped here (for an
     * account without activity, pass today); empty when the column takes no drop today. The time of
     * day is kept by the caller.
     */
    public Optional<LocalDate> newDate(LocalDate due, BucketCalendar calendar) {
        return refusal(calendar).isPresent() ? Optional.empty() : Optional.of(drop.apply(due, calendar));
    }

    /** The day of the week starting {@code weekStart} that has {@code due}'s weekday. */
    private static LocalDate sameWeekday(LocalDate due, LocalDate weekStart, BucketCalendar calendar) {
        DayOfWeek firstDay = calendar.endOfWeek().minusDays(6).getDayOfWeek();
        return weekStart.plusDays(Math.floorMod(due.getDayOfWeek().getValue() - firstDay.getValue(), 7));
    }
}
