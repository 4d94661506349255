package com.contas.account;

import com.contas.activity.ActivityDetails;
import com.contas.activity.ActivityService;
import com.contas.common.ValidationException;
import com.contas.live.ChangeCollector;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board's moves: dropping an account on a column reschedules its next open activity, and
 * nothing else, by its column's rule ({@link AccountBucket#newDate}). A move is based on the activity's version as the
 * board showed it, so a change made meanwhile by someone else is never overwritten.
 */
@Service
public class AccountBoardService {

    private final ActivityService activities;
    private final AccountQueries accounts;
    private final ChangeCollector changes;

    AccountBoardService(ActivityService activities, AccountQueries accounts, ChangeCollector changes) {
        this.changes = changes;
        this.activities = activities;
        this.accounts = accounts;
    }

    /**
     * Moves the next activity {@code next} (as the board showed it) to the date {@code target}
     * stands for, keeping its time.
     *
     * @throws ValidationException                      when the column is no drop target
     * @throws com.contas.common.StaleVersionException when the activity changed since
     */
    @Transactional
    public MoveResult move(long organizationId, NextActivity next, AccountBucket target) {
        BucketCalendar calendar = accounts.calendar();
        target.refusal(calendar).ifPresent(key -> {
            throw new ValidationException("target", key);
        });
        var newDate = target.newDate(next.dueDate(), calendar).orElseThrow();
        ActivityDetails moved = activities.reschedule(next.id(), next.version(), newDate, next.dueTime());
        changes.describe("live.moved", "#" + target.messageKey());
        return new MoveResult(
                organizationId,
                moved.id(),
                moved.type(),
                moved.subject(),
                next.dueDate(),
                next.dueTime(),
                moved.dueDate(),
                moved.dueTime(),
                moved.version());
    }

    /**
     * Puts the activity back where it was, if nobody changed it after the move.
     *
     * @throws com.contas.common.StaleVersionException when it changed since
     */
    @Transactional
    public void undo(MoveResult move) {
        activities.reschedule(move.activityId(), move.newVersion(), move.oldDate(), move.oldTime());
        changes.describe("live.movedBack");
    }
}
