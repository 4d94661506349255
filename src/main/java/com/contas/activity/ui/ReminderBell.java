package com.contas.activity.ui;

import com.contas.activity.ActivityRow;
import com.contas.activity.ActivityService;
import com.contas.live.LiveUpdates;
import com.contas.security.UserService;
import com.contas.security.UserSummary;
import com.contas.shell.Formats;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;

/**
 * The bell in the top bar: how many of the signed-in user's open activities are due today or
 * overdue, and the list of them (open the account, mark done). The count follows everyone's changes
 * as they happen (live updates, no polling), and the screen is told when one of the user's
 * activities becomes due ({@link DueReminders}).
 */
public class ReminderBell extends Div {

    /** The badge counts this far; beyond, it says "99+". */
    static final int COUNT_UP_TO = 99;
    /** The list shows this many, earliest first. */
    static final int LIST_SIZE = 50;

    private final transient ActivityService activities;
    private final transient ActivityForms forms;
    private final transient UserService userService;
    private final transient LiveUpdates live;
    private final transient DueReminders reminders;
    private final long me;
    private final Formats formats;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Span badge = new Span();
    /** Held by the server while on screen; not written with the session (attach makes them anew). */
    private transient List<Registration> registrations;

    private List<UserSummary> users;

    ReminderBell(
            ActivityService activities,
            ActivityForms forms,
            UserService userService,
            LiveUpdates live,
            DueReminders reminders,
            long me,
            Formats formats) {
        this.activities = activities;
        this.forms = forms;
        this.userService = userService;
        this.live = live;
        this.reminders = reminders;
        this.me = me;
        this.formats = formats;
        addClassName("contas-reminders");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        bell.addClassName("contas-reminder-bell");
        badge.addClassName("contas-reminder-count");
        badge.getElement().getThemeList().add("badge error primary small pill");
        bell.getElement().appendChild(badge.getElement());
        bell.addClickListener(e -> openList());
        add(bell);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        refresh();
        registrations = new ArrayList<>();
        registrations.add(live.subscribe(attach.getUI(), change -> refresh()));
        registrations.add(reminders.register(me, this));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (registrations != null) {
            registrations.forEach(Registration::remove);
            registrations = null;
        }
    }

    /** Counts again: one indexed query. */
    void refresh() {
        long due = activities.dueCount(me, COUNT_UP_TO + 1L);
        badge.setText(due > COUNT_UP_TO ? COUNT_UP_TO + "+" : String.valueOf(due));
        badge.setVisible(due > 0);
        String label = due == 0
                ? getTranslation("reminders.none")
                : getTranslation("reminders.count", due > COUNT_UP_TO ? COUNT_UP_TO + "+" : String.valueOf(due));
        bell.setAriaLabel(label);
        bell.setTooltipText(label);
    }

    /** One of the user's activities just became due: a notice, and the count follows. */
    void dueNow(ActivityRow row) {
        Notification notice = Notification.show(
                getTranslation(
                        "reminders.dueNow",
                        row.subject() + (row.organizationName() == null ? "" : " · " + row.organizationName()),
                        formats.time(row.dueTime())),
                8000,
                Notification.Position.TOP_END);
        notice.addClassName("contas-reminder-notice");
        refresh();
    }

    private void openList() {
        Dialog dialog = new Dialog();
        dialog.addClassName("contas-reminder-list");
        dialog.setHeaderTitle(getTranslation("reminders.title"));
        Div rows = new Div();
        fill(rows, dialog);
        dialog.add(rows);
        Button close = new Button(getTranslation("form.close"), e -> dialog.close());
        dialog.getFooter().add(close);
        dialog.open();
    }

    private void fill(Div rows, Dialog dialog) {
        rows.removeAll();
        List<ActivityRow> due = activities.dueFor(me, LIST_SIZE);
        if (due.isEmpty()) {
            rows.add(new Paragraph(getTranslation("reminders.empty")));
            return;
        }
        for (ActivityRow row : due) {
            rows.add(row(row, rows, dialog));
        }
    }

    private Div row(ActivityRow row, Div rows, Dialog dialog) {
        Checkbox done = new Checkbox();
        done.setAriaLabel(getTranslation("drawer.activities.markDone", row.subject()));
        done.addValueChangeListener(e -> {
            activities.markDone(row.id(), row.version());
            refresh();
            fill(rows, dialog);
            forms.afterDone(row.id(), users(), (key, subject) -> {
                refresh();
                fill(rows, dialog);
            });
        });
        Span subject = new Span(row.subject());
        subject.addClassName("contas-item-title");
        boolean overdue = row.dueDate().isBefore(activities.today());
        Span when = new Span(formats.date(row.dueDate())
                + (row.dueTime() == null ? "" : " " + formats.time(row.dueTime()))
                + (overdue ? " · " + getTranslation("reminders.overdue") : ""));
        when.addClassName("contas-item-meta");
        Div text = new Div(subject, when);
        text.addClassName("contas-item-text");
        if (row.organizationId() != null) {
            Anchor organization = new Anchor("accounts/" + row.organizationId(), row.organizationName());
            organization.addClassName("contas-item-meta");
            organization.getElement().addEventListener("click", e -> dialog.close());
            text.add(new Text(" "), organization);
        }
        Div line = new Div(done, text);
        line.addClassName("contas-item");
        line.addClassName("contas-reminder");
        if (overdue) {
            line.addClassName("overdue");
        }
        return line;
    }

    private List<UserSummary> users() {
        if (users == null) {
            users = userService.activeUsers();
        }
        return users;
    }
}
