package com.contas.activity.ui;

import com.contas.activity.ActivityDetails;
import com.contas.activity.ActivityFilter;
import com.contas.activity.ActivityInput;
import com.contas.activity.ActivityRow;
import com.contas.activity.ActivityService;
import com.contas.activity.ActivityType;
import com.contas.common.Option;
import com.contas.deal.DealService;
import com.contas.organization.OrganizationService;
import com.contas.person.PersonService;
import com.contas.security.CurrentUser;
import com.contas.security.UserService;
import com.contas.security.UserSummary;
import com.contas.settings.SettingsService;
import com.contas.shell.FormDialog;
import com.contas.shell.Formats;
import com.contas.shell.ListPage;
import com.contas.shell.MainLayout;
import com.contas.shell.Pickers;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * All activities: search, filters (done, overdue, type, assignee, due date range), sort in the
 * database; a form to schedule and edit them, mark them done or not, and delete them.
 */
@Route(value = "activities", layout = MainLayout.class)
@PermitAll
public class ActivityListView extends ListPage<ActivityRow, ActivityFilter> {

    /** The done filter's choices. */
    enum DoneChoice {
        OPEN,
        DONE
    }

    private final transient ActivityService activities;
    private final transient OrganizationService organizations;
    private final transient PersonService people;
    private final transient DealService deals;
    private final List<UserSummary> users;
    private final Long me;
    private final Select<DoneChoice> done = new Select<>();
    private final Checkbox overdue = new Checkbox();
    private final Select<ActivityType> type = new Select<>();
    private final ComboBox<UserSummary> assignee;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();

    public ActivityListView(
            ActivityService activities,
            OrganizationService organizations,
            PersonService people,
            DealService deals,
            UserService userService,
            SettingsService settings,
            CurrentUser currentUser) {
        super("nav.activities", "activities.new");
        this.activities = activities;
        readFrom((f, page) -> this.activities.list(f, page), (f, atMost) -> this.activities.count(f, atMost));
        this.organizations = organizations;
        this.people = people;
        this.deals = deals;
        this.users = userService.activeUsers();
        this.me = currentUser.idOrNull();
        Formats formats = new Formats(getLocale(), settings.get().timeZone());

        done.setLabel(getTranslation("activities.filter.done"));
        done.setItems(DoneChoice.values());
        done.setEmptySelectionAllowed(true);
        done.setEmptySelectionCaption(getTranslation("list.all"));
        done.setItemLabelGenerator(c -> c == null
                ? getTranslation("list.all")
                : getTranslation("activities.done." + c.name().toLowerCase()));
        overdue.setLabel(getTranslation("activities.filter.overdue"));
        type.setLabel(getTranslation("activities.filter.type"));
        type.setItems(ActivityType.values());
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("list.all"));
        type.setItemLabelGenerator(t -> t == null ? getTranslation("list.all") : getTranslation("activity.type." + t));
        assignee = Pickers.users(getTranslation("activities.filter.assignee"), users, null);
        assignee.setPlaceholder(getTranslation("list.all"));
        from.setLabel(getTranslation("activities.filter.from"));
        to.setLabel(getTranslation("activities.filter.to"));
        done.addValueChangeListener(e -> refresh());
        overdue.addValueChangeListener(e -> refresh());
        type.addValueChangeListener(e -> refresh());
        assignee.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        addFilters(done, overdue, type, assignee, from, to);

        column("activities.column.subject", ActivityRow::subject, "subject").setFlexGrow(3);
        column("activities.column.type", r -> getTranslation("activity.type." + r.type()), "type");
        column(
                "activities.column.due",
                r -> (formats.date(r.dueDate()) + " " + formats.time(r.dueTime())).strip(),
                "due");
        column("activities.column.done", r -> r.done() ? "✓" : "", "done");
        column("activities.column.organization", ActivityRow::organizationName, "organization")
                .setFlexGrow(2);
        column("activities.column.person", ActivityRow::personName, null);
        column("activities.column.deal", ActivityRow::dealTitle, null);
        column("activities.column.assignee", ActivityRow::assigneeName, "assignee");
    }

    @Override
    protected ActivityFilter filter() {
        Boolean isDone = done.getValue() == null ? null : done.getValue() == DoneChoice.DONE;
        return new ActivityFilter(
                searchText(),
                isDone,
                overdue.getValue(),
                type.getValue(),
                Pickers.userId(assignee),
                from.getValue(),
                to.getValue());
    }

    @Override
    protected FormDialog form(ActivityRow row) {
        ActivityDetails details = row == null ? null : activities.get(row.id());
        Select<ActivityType> typeField = new Select<>();
        typeField.setLabel(getTranslation("activities.field.type"));
        typeField.setItems(ActivityType.values());
        typeField.setItemLabelGenerator(t -> getTranslation("activity.type." + t));
        TextField subject = new TextField(getTranslation("activities.field.subject"));
        subject.setMaxLength(255);
        DatePicker date = new DatePicker(getTranslation("activities.field.date"));
        TimePicker time = new TimePicker(getTranslation("activities.field.time"));
        IntegerField duration = new IntegerField(getTranslation("activities.field.duration"));
        ComboBox<Option> organization = Pickers.lazy(
                getTranslation("activities.field.organization"),
                (text, page) -> this.organizations.options(text, page));
        ComboBox<Option> person = Pickers.lazy(
                getTranslation("activities.field.person"), (text, page) -> this.people.options(text, page));
        ComboBox<Option> deal =
                Pickers.lazy(getTranslation("activities.field.deal"), (text, page) -> this.deals.options(text, page));
        ComboBox<UserSummary> assigneeField = Pickers.users(
                getTranslation("activities.field.assignee"), users, details == null ? me : details.assigneeId());
        TextArea note = new TextArea(getTranslation("activities.field.note"));
        FormDialog dialog = new FormDialog(
                row == null ? getTranslation("activities.new") : getTranslation("activities.edit", row.subject()),
                "form.save",
                () -> {
                    ActivityInput input = new ActivityInput(
                            typeField.getValue(),
                            subject.getValue(),
                            date.getValue(),
                            time.getValue(),
                            duration.getValue(),
                            note.getValue(),
                            Pickers.id(organization),
                            Pickers.id(person),
                            Pickers.id(deal),
                            Pickers.userId(assigneeField));
                    if (row == null) {
                        activities.schedule(input);
                    } else {
                        activities.update(details.id(), details.version(), input);
                    }
                },
                () -> done("form.saved", subject.getValue()));
        dialog.field("type", typeField);
        dialog.field("subject", subject);
        dialog.field("dueDate", date);
        dialog.field("dueTime", time);
        dialog.field("durationMinutes", duration);
        dialog.field("organizationId", organization);
        dialog.field("personId", person);
        dialog.field("dealId", deal);
        dialog.field("assigneeId", assigneeField);
        dialog.field("note", note);
        if (details == null) {
            typeField.setValue(ActivityType.CALL);
            return dialog;
        }
        typeField.setValue(details.type());
        subject.setValue(details.subject());
        date.setValue(details.dueDate());
        time.setValue(details.dueTime());
        duration.setValue(details.durationMinutes());
        organization.setValue(Pickers.option(details.organizationId(), row.organizationId(), row.organizationName()));
        person.setValue(Pickers.option(details.personId(), row.personId(), row.personName()));
        deal.setValue(Pickers.option(details.dealId(), row.dealId(), row.dealTitle()));
        note.setValue(details.note() == null ? "" : details.note());
        if (details.done()) {
            dialog.action(
                    "activities.markUndone",
                    () -> activities.markUndone(details.id(), details.version()),
                    () -> done("form.saved", row.subject()));
        } else {
            dialog.action(
                    "activities.markDone",
                    () -> activities.markDone(details.id(), details.version()),
                    () -> done("form.saved", row.subject()));
        }
        dialog.action(
                "form.delete",
                () -> activities.delete(details.id(), details.version()),
                () -> done("form.deleted", row.subject()));
        return dialog;
    }
}
