package com.contas.account.ui;

import com.contas.activity.ActivityInput;
import com.contas.activity.ActivityService;
import com.contas.activity.ActivityType;
import com.contas.security.UserSummary;
import com.contas.shell.FormDialog;
import com.contas.shell.Pickers;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.function.SerializableRunnable;
import java.time.LocalDate;
import java.util.List;

/**
 * "Schedule a follow-up" for an account that has no open activity, pre-filled from the board
 * column it was dropped on: a call, "Follow-up", the column's date, assigned to the current user.
 * The service validates; problems show next to their fields and nothing is written.
 */
public class FollowUpDialog extends FormDialog {

    private final transient ActivityService activities;
    private final long organizationId;
    private final Select<ActivityType> type = new Select<>();
    private final TextField subject = new TextField();
    private final DatePicker date = new DatePicker();
    private final TimePicker time = new TimePicker();
    private final ComboBox<UserSummary> assignee;

    public FollowUpDialog(ActivityService activities, long organizationId, String accountName, LocalDate suggested,
            List<UserSummary> users, Long me, SerializableRunnable onSaved) {
        super("", "board.followUp.save", onSaved);
        this.activities = activities;
        this.organizationId = organizationId;
        setHeaderTitle(getTranslation("board.followUp.title", accountName));
        type.setLabel(getTranslation("board.followUp.type"));
        type.setItems(ActivityType.values());
        type.setItemLabelGenerator(t -> getTranslation("activity.type." + t));
        type.setValue(ActivityType.CALL);
        subject.setLabel(getTranslation("board.followUp.subject"));
        subject.setValue(getTranslation("board.followUp.defaultSubject"));
        subject.setRequired(true);
        subject.setMaxLength(255);
        date.setLabel(getTranslation("board.followUp.date"));
        date.setValue(suggested);
        date.setRequired(true);
        date.setLocale(getLocale());
        time.setLabel(getTranslation("board.followUp.time"));
        time.setLocale(getLocale());
        assignee = Pickers.users(getTranslation("board.followUp.assignee"), users, me);
        field("type", type);
        field("subject", subject);
        field("dueDate", date);
        field("dueTime", time);
        field("assigneeId", assignee);
        subject.focus();
    }

    @Override
    protected void save() {
        activities.schedule(new ActivityInput(type.getValue(), subject.getValue(), date.getValue(), time.getValue(),
                null, null, organizationId, null, null, Pickers.userId(assignee)));
    }
}
