package com.contas.account;

import com.contas.activity.ActivityDetails;
import com.contas.activity.ActivityRow;
import com.contas.activity.ActivityService;
import com.contas.common.ValidationException;
import com.contas.live.ChangeCollector;
import com.contas.live.NoticeArg;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board's moves: dropping an account on a column reschedules its next open activity, and
 * nothing else, by its column's rule ({@link AccountBucket#newDate}). A move is based on the activity's version as the
 * board showed it, so a change made meanwhile by someone else is never overwritten.
 */
@Service
public class AccountBoardService {

    /** The most activities "Move them too" moves at once (an account has a handful in a column). */
    public static final int AT_MOST_ALSO = 50;

    private final ActivityService activities;
    private final AccountQueries accounts;
    private final ChangeCollector changes;
    /** Cards moved on the board (each activity a drop or "Move them too" reschedules). */
    private final Counter moves;

    AccountBoardService(
            ActivityService activities, AccountQueries accounts, ChangeCollector changes, MeterRegistry meters) {
        this.changes = changes;
        this.activities = activities;
        this.accounts = accounts;
        this.moves = Counter.builder("contas.board.moves")
                .description("Activities rescheduled by moving a card on the board")
                .register(meters);
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
        changes.describe("live.moved", NoticeArg.key(target.messageKey()));
        moves.increment();
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
     * The account's open activities still due in {@code source} (after a move of its next one): while
     * there are any, its card stays in that column. At most {@value #AT_MOST_ALSO}, earliest first.
     */
    @Transactional(readOnly = true)
    public List<ActivityRow> stillIn(long organizationId, AccountBucket source) {
        if (source.undated()) {
            return List.of();
        }
        BucketCalendar calendar = accounts.calendar();
        return activities.openOf(organizationId, source.from(calendar), source.to(calendar), AT_MOST_ALSO);
    }

    /**
     * "Move them too": moves each of {@code others} (as {@link #stillIn} read them: a changed one is
     * refused, and then none moves) by the drop rule of {@code target}, in one transaction.
     */
    @Transactional
    public List<MoveResult> moveToo(long organizationId, List<ActivityRow> others, AccountBucket target) {
        List<MoveResult> moved = new ArrayList<>();
        for (ActivityRow other : others) {
            moved.add(move(
                    organizationId,
                    new NextActivity(
                            other.id(),
                            other.type(),
                            other.subject(),
                            other.dueDate(),
                            other.dueTime(),
                            other.version()),
                    target));
        }
        return moved;
    }

    /** Takes back several moves at once (one Undo), latest first; all or none. */
    @Transactional
    public void undo(List<MoveResult> moves) {
        for (int i = moves.size() - 1; i >= 0; i--) {
            undo(moves.get(i));
        }
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
