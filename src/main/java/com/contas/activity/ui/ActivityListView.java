package com.contas.activity.ui;

import com.contas.activity.ActivityFilter;
import com.contas.activity.ActivityRow;
import com.contas.activity.ActivityService;
import com.contas.activity.ActivityType;
import com.contas.security.CurrentUser;
import com.contas.security.UserService;
import com.contas.security.UserSummary;
import com.contas.settings.SettingsService;
import com.contas.shell.DatePickers;
import com.contas.shell.FormDialog;
import com.contas.shell.Formats;
import com.contas.shell.ListPage;
import com.contas.shell.MainLayout;
import com.contas.shell.Pickers;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
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
    private final transient ActivityForms forms;
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
            ActivityForms forms,
            UserService userService,
            SettingsService settings,
            CurrentUser currentUser) {
        super("nav.activities", "activities.new");
        this.activities = activities;
        readFrom((f, page) -> this.activities.list(f, page), (f, atMost) -> this.activities.count(f, atMost));
        this.forms = forms;
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
        DatePickers.localized(from, this);
        DatePickers.localized(to, this);
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
        linkColumn(
                        "activities.column.organization",
                        "organizations",
                        ActivityRow::organizationId,
                        ActivityRow::organizationName,
                        "organization")
                .setFlexGrow(2);
        linkColumn("activities.column.person", "people", ActivityRow::personId, ActivityRow::personName, null);
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
        return row == null
                ? forms.schedule(null, users, me, this::done)
                : forms.edit(row.id(), false, users, this::done);
    }
}
