package com.contas.detail.ui;

import com.contas.activity.ActivityService;
import com.contas.activity.ui.ActivityForms;
import com.contas.detail.DetailQueries;
import com.contas.detail.DetailQueries.ActivityLine;
import com.contas.detail.DetailQueries.SectionCounts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * The organization's or person's activities: open ones first (overdue in red), then done ones, newest first.
 * Schedule, edit, mark done or undone, delete to trash.
 */
public class ActivitiesSection extends ListSection<ActivityLine> {

    public static final int PAGE = 20;

    private final transient ActivityService activities;
    private final transient ActivityForms forms;

    ActivitiesSection(SectionContext drawer, DetailQueries sections, ActivityService activities, ActivityForms forms) {
        super(
                drawer,
                "contas-drawer-activities",
                sections,
                DetailQueries::activities,
                SectionCounts::activities,
                PAGE,
                "drawer.activities.empty");
        this.activities = activities;
        this.forms = forms;
        Button schedule = addButton(
                "drawer.activities.schedule",
                () -> this.forms
                        .schedule(
                                drawer.organizationOption(),
                                drawer.users(),
                                drawer.me(),
                                (key, name) -> drawer.changed(this))
                        .about(drawer.personOption())
                        .open());
        add(schedule, list);
    }

    @Override
    Component row(ActivityLine a) {
        Checkbox done = new Checkbox(a.done());
        done.setAriaLabel(
                getTranslation(a.done() ? "drawer.activities.markUndone" : "drawer.activities.markDone", a.subject()));
        done.addValueChangeListener(e -> {
            boolean completed = e.getValue();
            if (run(() -> {
                        if (completed) {
                            activities.markDone(a.id(), a.version());
                        } else {
                            activities.markUndone(a.id(), a.version());
                        }
                    })
                    && completed) {
                forms.afterDone(a.id(), drawer.users(), (key, name) -> drawer.changed(this));
            }
        });
        Span subject = new Span(a.subject());
        subject.addClassName("contas-item-title");
        Span when = new Span(getTranslation("activity.type." + a.type()) + " · "
                + drawer.format().date(a.dueDate())
                + (a.dueTime() == null ? "" : " " + drawer.format().time(a.dueTime()))
                + (a.durationMinutes() == null ? "" : " · " + getTranslation("drawer.minutes", a.durationMinutes())));
        when.addClassName("contas-item-meta");
        Span who = new Span(new Text(a.assigneeName()));
        appendPerson(who, a.personId(), a.personName());
        if (a.dealTitle() != null) {
            who.add(new Text(" · " + a.dealTitle()));
        }
        who.addClassName("contas-item-meta");
        Div text = new Div(subject, when, who);
        text.addClassName("contas-item-text");

        Button edit = iconButton(
                VaadinIcon.EDIT,
                getTranslation("drawer.edit", a.subject()),
                () -> forms.edit(
                                a.id(),
                                drawer.scope().oneOrganization(),
                                drawer.users(),
                                (key, name) -> drawer.changed(this))
                        .open());
        Button delete = iconButton(VaadinIcon.TRASH, getTranslation("drawer.delete", a.subject()), () -> {
            if (run(() -> activities.delete(a.id(), a.version()))) {
                forms.checkOpen(
                        drawer.organizationOption(),
                        drawer.users(),
                        a.assigneeId(),
                        (key, name) -> drawer.changed(this));
            }
        });
        Div row = new Div(done, text, edit, delete);
        row.addClassName("contas-item");
        row.addClassName("contas-activity");
        if (a.done()) {
            row.addClassName("done");
        } else if (a.dueDate().isBefore(drawer.format().today())) {
            row.addClassName("overdue");
        }
        row.getElement().setAttribute("data-type", a.type().name());
        return row;
    }
}
