package com.contas.account.ui;

import com.contas.activity.ActivityService;
import com.contas.activity.ActivityType;
import com.contas.security.UserSummary;
import com.vaadin.flow.function.SerializableRunnable;
import java.time.LocalDate;
import java.util.List;

/**
 * "Schedule a follow-up" for an account that has no open activity, pre-filled from the board
 * column it was dropped on: a call, "Follow-up", the column's date, assigned to the current user.
 */
public class FollowUpDialog extends ActivityDialog {

    public FollowUpDialog(
            ActivityService activities,
            long organizationId,
            String accountName,
            LocalDate suggested,
            List<UserSummary> users,
            Long me,
            SerializableRunnable onSaved) {
        super(activities, null, organizationId, accountName, null, users, me, onSaved);
        setHeaderTitle(getTranslation("board.followUp.title", accountName));
        prefill(ActivityType.CALL, getTranslation("board.followUp.defaultSubject"), suggested);
    }
}
