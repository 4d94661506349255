package com.contas.activity.ui;

import com.contas.activity.ActivityDetails;
import com.contas.activity.ActivityInput;
import com.contas.activity.ActivityService;
import com.contas.activity.ActivityType;
import com.contas.common.Option;
import com.contas.security.UserSummary;
import com.contas.shell.DatePickers;
import com.contas.shell.FormDialog;
import com.contas.shell.Pickers;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.function.SerializableRunnable;
import java.time.LocalDate;
import java.util.List;

/**
 * The one activity form: scheduling and editing an activity from the activities list, an
 * organization's sections and the board's follow-up. Built by {@link ActivityForms}, which gives
 * it its services; the person and deal pickers offer those of the chosen organization.
 */
public class ActivityForm extends FormDialog {

    private final transient ActivityForms services;
    private final ActivityDetails existing;
    private final Select<ActivityType> type = new Select<>();
    private final TextField subject = new TextField();
    private final DatePicker date = new DatePicker();
    private final TimePicker time = new TimePicker();
    private final IntegerField duration = new IntegerField();
    private final ComboBox<Option> organization;
    private final ComboBox<Option> person;
    private final ComboBox<Option> deal;
    private final ComboBox<UserSummary> assignee;
    private final TextArea note = new TextArea();
    private final List<UserSummary> users;

    /**
     * @param existing      the activity to edit, or null to schedule a new one
     * @param organization  the organization it is (or will be) about; null lets the user pick one
     * @param fixedOrganization whether the organization is given by the screen (not shown, not changed)
     */
    ActivityForm(
            ActivityForms services,
            String title,
            ActivityDetails existing,
            Option organization,
            boolean fixedOrganization,
            List<UserSummary> users,
            Long assigneeId,
            SerializableRunnable onSaved) {
        super(title, existing == null ? "activity.form.schedule" : "activity.form.save", onSaved);
        this.services = services;
        this.existing = existing;
        this.users = users;
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
        DatePickers.localized(date, this);
        time.setLabel(getTranslation("activity.form.time"));
        time.setLocale(getLocale());
        duration.setLabel(getTranslation("activity.form.duration"));
        duration.setMin(0);
        duration.setMax(ActivityService.MAX_DURATION_MINUTES);
        duration.setStep(15);
        this.organization = Pickers.lazy(
                getTranslation("activity.form.organization"),
                (text, page) -> this.services.organizations().options(text, page));
        this.organization.setValue(organization);
        this.organization.setVisible(!fixedOrganization);
        this.person = Pickers.lazy(
                getTranslation("activity.form.person"),
                (text, page) -> this.services.people().options(Pickers.id(this.organization), text, page));
        this.deal = Pickers.lazy(
                getTranslation("activity.form.deal"),
                (text, page) -> this.services.deals().options(Pickers.id(this.organization), text, page));
        this.organization.addValueChangeListener(e -> {
            person.getDataProvider().refreshAll();
            deal.getDataProvider().refreshAll();
        });
        assignee = Pickers.users(getTranslation("activity.form.assignee"), users, assigneeId);
        assignee.setRequiredIndicatorVisible(true);
        note.setLabel(getTranslation("activity.form.note"));
        note.setMaxLength(ActivityService.MAX_NOTE_LENGTH);
        field("type", type);
        field("subject", subject);
        field("dueDate", date);
        field("dueTime", time);
        field("durationMinutes", duration);
        field("organizationId", this.organization);
        field("personId", person);
        field("dealId", deal);
        field("assigneeId", assignee);
        field("note", note);
        subject.focus();
    }

    /** Shows an activity read fresh, its links named as {@code shown} names them. */
    void show(ActivityDetails a, Option shownPerson, Option shownDeal) {
        type.setValue(a.type());
        subject.setValue(a.subject());
        date.setValue(a.dueDate());
        time.setValue(a.dueTime());
        duration.setValue(a.durationMinutes());
        note.setValue(a.note() == null ? "" : a.note());
        person.setValue(shownPerson);
        deal.setValue(shownDeal);
    }

    /** Mark done (or not done) and delete, in the footer of an activity being edited. */
    void offerActions(Done done) {
        long id = existing.id();
        long version = existing.version();
        String name = existing.subject();
        if (existing.done()) {
            action(
                    "activities.markUndone",
                    () -> services.activities().markUndone(id, version),
                    () -> done.done("form.saved", name));
        } else {
            action("activities.markDone", () -> services.activities().markDone(id, version), () -> {
                done.done("form.saved", name);
                services.afterDone(id, users, done);
            });
        }
        Option about = organization.getValue();
        action("form.delete", () -> services.activities().delete(id, version), () -> {
            done.done("form.deleted", name);
            services.checkOpen(about, users, existing.assigneeId(), done);
        });
    }

    /** With "Skip" for Cancel: closing it says so if the organization is left with no open activity. */
    void skippable(Option about, Long assigneeId, Done done) {
        setCancelText(getTranslation("activity.next.skip"));
        onClosedWithoutSaving(() -> services.checkOpen(about, users, assigneeId, done));
    }

    /** Links the new activity to the person and deal of the one before it. */
    void link(Option shownPerson, Option shownDeal) {
        person.setValue(shownPerson);
        deal.setValue(shownDeal);
    }

    /**
     * A new activity about {@code about}, fixed by the screen (a person's page: its picker is left
     * out); null changes nothing.
     */
    public ActivityForm about(Option about) {
        if (about != null) {
            person.setValue(about);
            person.setVisible(false);
        }
        return this;
    }

    /** Pre-fills a new activity (the follow-up). */
    public ActivityForm prefill(ActivityType activityType, String subjectText, LocalDate dueDate) {
        type.setValue(activityType);
        subject.setValue(subjectText);
        date.setValue(dueDate);
        return this;
    }

    /** Leaves out what a quick follow-up does not need: duration, person, deal and note. */
    public ActivityForm brief() {
        duration.setVisible(false);
        person.setVisible(false);
        deal.setVisible(false);
        note.setVisible(false);
        return this;
    }

    /** The subject as typed, for the caller's "saved" message. */
    public String subject() {
        return subject.getValue();
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
                Pickers.id(organization),
                Pickers.id(person),
                Pickers.id(deal),
                Pickers.userId(assignee));
        if (existing == null) {
            services.activities().schedule(input);
        } else {
            // The version of what the form shows: a change made since is refused, not overwritten.
            services.activities().update(existing.id(), existing.version(), input);
        }
    }
}
