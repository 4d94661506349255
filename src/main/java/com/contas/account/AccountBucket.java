package com.contas.account;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;

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
    NO_ACTIVITY("none", "board.refused.noActivity") {
        @Override
        public LocalDate from(BucketCalendar calendar) {
            return null;
        }

        @Override
        public LocalDate to(BucketCalendar calendar) {
            return null;
        }
    },
    /** Before today. No drop target: nobody schedules into the past. */
    OVERDUE("overdue", "board.refused.overdue") {
        @Override
        public LocalDate from(BucketCalendar calendar) {
            return null;
        }

        @Override
        public LocalDate to(BucketCalendar calendar) {
            return calendar.today().minusDays(1);
        }
    },
    /** Today; a drop makes the activity due today. */
    TODAY("today", null) {
        @Override
        public LocalDate from(BucketCalendar calendar) {
            return calendar.today();
        }

        @Override
        public LocalDate to(BucketCalendar calendar) {
            return calendar.today();
        }

        @Override
        LocalDate dropDate(LocalDate due, BucketCalendar calendar) {
            return calendar.today();
        }
    },
    /**
     * After today to the end of this week; a drop keeps the weekday if it is still ahead this week,
     * else makes it tomorrow. Empty, and no drop target, on the last day of the week.
     */
    THIS_WEEK("later", "board.refused.weekOver") {
        @Override
        public LocalDate from(BucketCalendar calendar) {
            return calendar.today().plusDays(1);
        }

        @Override
        public LocalDate to(BucketCalendar calendar) {
            return calendar.endOfWeek();
        }

        @Override
        LocalDate dropDate(LocalDate due, BucketCalendar calendar) {
            LocalDate sameWeekday = sameWeekday(due, calendar.endOfWeek().minusDays(6), calendar);
            return sameWeekday.isAfter(calendar.today()) ? sameWeekday : calendar.today().plusDays(1);
        }
    },
    /** The next week; a drop keeps the weekday. */
    NEXT_WEEK("later", null) {
        @Override
        public LocalDate from(BucketCalendar calendar) {
            return calendar.startOfNextWeek();
        }

        @Override
        public LocalDate to(BucketCalendar calendar) {
            return calendar.endOfNextWeek();
        }

        @Override
        LocalDate dropDate(LocalDate due, BucketCalendar calendar) {
            return sameWeekday(due, calendar.startOfNextWeek(), calendar);
        }
    },
    /** After next week; a drop keeps the weekday, in the week after next. */
    LATER("later", null) {
        @Override
        public LocalDate from(BucketCalendar calendar) {
            return calendar.endOfNextWeek().plusDays(1);
        }

        @Override
        public LocalDate to(BucketCalendar calendar) {
            return null;
        }

        @Override
        LocalDate dropDate(LocalDate due, BucketCalendar calendar) {
            return sameWeekday(due, calendar.endOfNextWeek().plusDays(1), calendar);
        }
    };

    private final String tone;
    private final String refusalKey;

    AccountBucket(String tone, String refusalKey) {
        this.tone = tone;
        this.refusalKey = refusalKey;
    }

    /** The first due date of the bucket; null when it has no lower bound (or holds no dates at all). */
    public abstract LocalDate from(BucketCalendar calendar);

    /** The last due date of the bucket; null when it has no upper bound (or holds no dates at all). */
    public abstract LocalDate to(BucketCalendar calendar);

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
        if (dropDate(calendar.today(), calendar) == null) {
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
        return refusal(calendar).isPresent() ? Optional.empty() : Optional.of(dropDate(due, calendar));
    }

    /** Where a drop puts an activity due on {@code due}; null for a column that is no drop target. */
    LocalDate dropDate(LocalDate due, BucketCalendar calendar) {
        return null;
    }

    /** The day of the week starting {@code weekStart} that has {@code due}'s weekday. */
    private static LocalDate sameWeekday(LocalDate due, LocalDate weekStart, BucketCalendar calendar) {
        DayOfWeek firstDay = calendar.endOfWeek().minusDays(6).getDayOfWeek();
        return weekStart.plusDays(Math.floorMod(due.getDayOfWeek().getValue() - firstDay.getValue(), 7));
    }
}
