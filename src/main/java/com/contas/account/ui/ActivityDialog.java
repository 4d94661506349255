package com.contas.account.ui;

import com.contas.account.AccountSections;
import com.contas.account.AccountSections.ActivityLine;
import com.contas.activity.ActivityInput;
import com.contas.activity.ActivityService;
import com.contas.activity.ActivityType;
import com.contas.security.UserSummary;
import com.contas.shell.FormDialog;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.function.SerializableRunnable;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Schedules or edits one activity of an account: type, subject, date, time, duration, assignee,
 * and optionally a person or an open deal of that account (looked up lazily as the user types).
 * The service validates; problems show next to their fields and nothing is written.
 */
public class ActivityDialog extends FormDialog {

    /** A person or deal to pick, by id and the name shown. */
    record Choice(long id, String label) implements Serializable {}

    private final transient ActivityService activities;
    private final long organizationId;
    private final ActivityLine existing;
    private final Select<ActivityType> type = new Select<>();
    private final TextField subject = new TextField();
    private final DatePicker date = new DatePicker();
    private final TimePicker time = new TimePicker();
    private final IntegerField duration = new IntegerField();
    private final ComboBox<UserSummary> assignee = new ComboBox<>();
    private final ComboBox<Choice> person = new ComboBox<>();
    private final ComboBox<Choice> deal = new ComboBox<>();
    private final TextArea note = new TextArea();

    /**
     * @param sections where the account's people and deals are looked up; null leaves the person,
     *                 deal, duration and note out (the short follow-up form)
     * @param existing the activity to edit, or null to schedule a new one
     */
    public ActivityDialog(
            ActivityService activities,
            AccountSections sections,
            long organizationId,
            String accountName,
            ActivityLine existing,
            List<UserSummary> users,
            Long assigneeId,
            SerializableRunnable onSaved) {
        super("", existing == null ? "activity.form.schedule" : "activity.form.save", onSaved);
        this.activities = activities;
        this.organizationId = organizationId;
        this.existing = existing;
        setHeaderTitle(
                getTranslation(existing == null ? "activity.form.newTitle" : "activity.form.editTitle", accountName));
        type.setLabel(getTranslation("activity.form.type"));
        type.setItems(ActivityType.values());
        type.setItemLabelGenerator(t -> getTranslation("activity.type." + t));
        type.setValue(ActivityType.CALL);
        subject.setLabel(getTranslation("activity.form.subject"));
        subject.setRequiredIndicatorVisible(true);
        subject.setMaxLength(255);
        date.setLabel(getTranslation("activity.form.date"));
        date.setRequiredIndicatorVisible(true);
        date.setLocale(getLocale());
        time.setLabel(getTranslation("activity.form.time"));
        time.setLocale(getLocale());
        duration.setLabel(getTranslation("activity.form.duration"));
        duration.setMin(0);
        duration.setMax(ActivityService.MAX_DURATION_MINUTES);
        duration.setStep(15);
        assignee.setLabel(getTranslation("activity.form.assignee"));
        assignee.setItems(users);
        assignee.setItemLabelGenerator(UserSummary::displayName);
        users.stream()
                .filter(u -> assigneeId != null && u.id() == assigneeId)
                .findFirst()
                .ifPresent(assignee::setValue);
        field("type", type);
        field("subject", subject);
        field("dueDate", date);
        field("dueTime", time);
        if (sections != null) {
            person.setLabel(getTranslation("activity.form.person"));
            person.setItemLabelGenerator(Choice::label);
            person.setClearButtonVisible(true);
            person.setItems(
                    query -> sections
                            .people(organizationId, query.getFilter().orElse(null), query.getOffset(), query.getLimit())
                            .stream()
                            .map(p -> new Choice(p.id(), p.name())));
            deal.setLabel(getTranslation("activity.form.deal"));
            deal.setItemLabelGenerator(Choice::label);
            deal.setClearButtonVisible(true);
            deal.setItems(
                    query -> sections
                            .openDeals(
                                    organizationId, query.getFilter().orElse(null), query.getOffset(), query.getLimit())
                            .stream()
                            .map(d -> new Choice(d.id(), d.title())));
            note.setLabel(getTranslation("activity.form.note"));
            note.setMaxLength(ActivityService.MAX_NOTE_LENGTH);
            field("durationMinutes", duration);
            field("assigneeId", assignee);
            field("personId", person);
            field("dealId", deal);
            field("note", note);
        } else {
            field("assigneeId", assignee);
        }
        if (existing != null) {
            show(existing);
        }
        subject.focus();
    }

    /** Pre-fills a new activity (the follow-up form). */
    public ActivityDialog prefill(ActivityType activityType, String subjectText, LocalDate dueDate) {
        type.setValue(activityType);
        subject.setValue(subjectText);
        date.setValue(dueDate);
        return this;
    }

    private void show(ActivityLine a) {
        type.setValue(a.type());
        subject.setValue(a.subject());
        date.setValue(a.dueDate());
        time.setValue(a.dueTime());
        duration.setValue(a.durationMinutes());
        note.setValue(a.note() == null ? "" : a.note());
        assignee.getListDataView()
                .getItems()
                .filter(u -> u.id() == a.assigneeId())
                .findFirst()
                .ifPresent(assignee::setValue);
        person.setValue(a.personId() == null ? null : new Choice(a.personId(), a.personName()));
        deal.setValue(a.dealId() == null ? null : new Choice(a.dealId(), a.dealTitle()));
    }

    @Override
    protected void save() {
        ActivityInput input = new ActivityInput(
                type.getValue(),
                subject.getValue(),
                date.getValue(),
                time.getValue(),
                duration.getValue(),
                note.getValue(),
                organizationId,
                person.getValue() == null ? null : person.getValue().id(),
                deal.getValue() == null ? null : deal.getValue().id(),
                assignee.getValue() == null ? null : assignee.getValue().id());
        if (existing == null) {
            activities.schedule(input);
        } else {
            activities.update(existing.id(), existing.version(), input);
        }
    }
}
