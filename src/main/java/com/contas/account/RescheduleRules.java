package com.contas.account;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Where dropping an account on a board column puts its next activity (DESIGN.md, "Drag to
 * reschedule"): Today is today; This week is the same weekday this week if that is still ahead,
 * else tomorrow (and no target at all on the last day of the week); Next week and Later are the
 * same weekday in the next week and in the week after. Overdue and No activity are no targets.
 * The time of day is kept by the caller.
 */
public final class RescheduleRules {

    private RescheduleRules() {
    }

    /** Why a column is no drop target today, as a translation key; empty if it is one. */
    public static Optional<String> refusal(AccountBucket target, BucketCalendar calendar) {
        return switch (target) {
            case OVERDUE -> Optional.of("board.refused.overdue");
            case NO_ACTIVITY -> Optional.of("board.refused.noActivity");
            case THIS_WEEK -> calendar.today().equals(calendar.endOfWeek())
                    ? Optional.of("board.refused.weekOver") : Optional.empty();
            default -> Optional.empty();
        };
    }

    /**
     * The new due date for an activity now due on {@code due} (its weekday is kept where the rule
     * says "same weekday"; for an account without activity, pass today).
     */
    public static Optional<LocalDate> newDate(AccountBucket target, LocalDate due, BucketCalendar calendar) {
        if (refusal(target, calendar).isPresent()) {
            return Optional.empty();
        }
        LocalDate today = calendar.today();
        LocalDate startOfWeek = calendar.endOfWeek().minusDays(6);
        DayOfWeek firstDay = startOfWeek.getDayOfWeek();
        long weekdayOffset = Math.floorMod(due.getDayOfWeek().getValue() - firstDay.getValue(), 7);
        return Optional.of(switch (target) {
            case TODAY -> today;
            case THIS_WEEK -> {
                LocalDate sameWeekday = startOfWeek.plusDays(weekdayOffset);
                yield sameWeekday.isAfter(today) ? sameWeekday : today.plusDays(1);
            }
            case NEXT_WEEK -> calendar.startOfNextWeek().plusDays(weekdayOffset);
            case LATER -> calendar.startOfNextWeek().plus(1, ChronoUnit.WEEKS).plusDays(weekdayOffset);
            default -> throw new IllegalStateException("no drop target: " + target);
        });
    }
}
