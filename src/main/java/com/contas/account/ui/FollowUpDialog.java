package com.contas.account.ui;

import com.contas.activity.ActivityInput;
import com.contas.activity.ActivityService;
import com.contas.activity.ActivityType;
import com.contas.common.FieldProblem;
import com.contas.common.ValidationException;
import com.contas.security.UserSummary;
import com.contas.shell.Messages;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.function.SerializableRunnable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * "Schedule a follow-up" for an account that has no open activity, pre-filled from the board
 * column it was dropped on: a call, "Follow-up", the column's date, assigned to the current user.
 * The service validates; problems show next to their fields and nothing is written.
 */
public class FollowUpDialog extends Dialog {

    private final transient ActivityService activities;
    private final long organizationId;
    private final Select<ActivityType> type = new Select<>();
    private final TextField subject = new TextField();
    private final DatePicker date = new DatePicker();
    private final TimePicker time = new TimePicker();
    private final ComboBox<UserSummary> assignee = new ComboBox<>();
    private final Paragraph formError = new Paragraph();

    public FollowUpDialog(ActivityService activities, long organizationId, String accountName, LocalDate suggested,
            List<UserSummary> users, Long me, SerializableRunnable onSaved) {
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
        assignee.setLabel(getTranslation("board.followUp.assignee"));
        assignee.setItems(users);
        assignee.setItemLabelGenerator(UserSummary::displayName);
        users.stream().filter(u -> me != null && u.id() == me).findFirst().ifPresent(assignee::setValue);
        formError.addClassName("contas-form-error");
        formError.setVisible(false);
        add(new FormLayout(type, subject, date, time, assignee), formError);

        Button save = new Button(getTranslation("board.followUp.save"), e -> save(onSaved));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("board.followUp.cancel"), e -> close());
        getFooter().add(cancel, save);
        subject.focus();
    }

    private void save(SerializableRunnable onSaved) {
        Map<String, HasValidation> fields = Map.of("type", type, "subject", subject, "dueDate", date, "dueTime", time,
                "assigneeId", assignee);
        fields.values().forEach(f -> f.setInvalid(false));
        formError.setVisible(false);
        if (date.isInvalid() || time.isInvalid()) {
            return;
        }
        try {
            activities.schedule(new ActivityInput(type.getValue(), subject.getValue(), date.getValue(),
                    time.getValue(), null, null, organizationId, null, null,
                    assignee.getValue() == null ? null : assignee.getValue().id()));
            close();
            onSaved.run();
        } catch (ValidationException e) {
            for (FieldProblem problem : e.problems()) {
                HasValidation field = fields.get(problem.field());
                if (field != null) {
                    field.setErrorMessage(Messages.of(this, problem));
                    field.setInvalid(true);
                } else {
                    formError.setText(Messages.of(this, problem));
                    formError.setVisible(true);
                }
            }
        }
    }
}
