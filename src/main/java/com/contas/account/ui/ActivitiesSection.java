package com.contas.account.ui;

import com.contas.account.AccountSections;
import com.contas.account.AccountSections.ActivityLine;
import com.contas.account.AccountSections.SectionCounts;
import com.contas.activity.ActivityService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * The account's activities: open ones first (overdue in red), then done ones, newest first.
 * Schedule, edit, mark done or undone, delete to trash.
 */
class ActivitiesSection extends ListSection<ActivityLine> {

    static final int PAGE = 20;

    private final transient ActivityService activities;

    ActivitiesSection(SectionContext drawer, AccountSections sections, ActivityService activities) {
        super(
                drawer,
                "contas-drawer-activities",
                sections,
                AccountSections::activities,
                SectionCounts::activities,
                PAGE,
                "drawer.activities.empty");
        this.activities = activities;
        Button schedule = new Button(
                getTranslation("drawer.activities.schedule"),
                VaadinIcon.PLUS.create(),
                e -> new ActivityDialog(
                                activities,
                                sections,
                                drawer.organization(),
                                drawer.accountName(),
                                null,
                                drawer.users(),
                                drawer.me(),
                                () -> drawer.changed(this))
                        .open());
        schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        add(schedule, list);
    }

    @Override
    Component row(ActivityLine a) {
        Checkbox done = new Checkbox(a.done());
        done.setAriaLabel(
                getTranslation(a.done() ? "drawer.activities.markUndone" : "drawer.activities.markDone", a.subject()));
        done.addValueChangeListener(e -> run(() -> {
            if (e.getValue()) {
                activities.markDone(a.id(), a.version());
            } else {
                activities.markUndone(a.id(), a.version());
            }
        }));
        Span subject = new Span(a.subject());
        subject.addClassName("contas-item-title");
        Span when = new Span(getTranslation("activity.type." + a.type()) + " · "
                + drawer.format().date(a.dueDate())
                + (a.dueTime() == null ? "" : " " + drawer.format().time(a.dueTime()))
                + (a.durationMinutes() == null ? "" : " · " + getTranslation("drawer.minutes", a.durationMinutes())));
        when.addClassName("contas-item-meta");
        StringBuilder about = new StringBuilder(a.assigneeName());
        if (a.personName() != null) {
            about.append(" · ").append(a.personName());
        }
        if (a.dealTitle() != null) {
            about.append(" · ").append(a.dealTitle());
        }
        Span who = new Span(about.toString());
        who.addClassName("contas-item-meta");
        Div text = new Div(subject, when, who);
        text.addClassName("contas-item-text");

        Button edit = iconButton(
                VaadinIcon.EDIT,
                getTranslation("drawer.edit", a.subject()),
                () -> new ActivityDialog(
                                activities,
                                sections,
                                drawer.organization(),
                                drawer.accountName(),
                                a,
                                drawer.users(),
                                a.assigneeId(),
                                () -> drawer.changed(this))
                        .open());
        Button delete = iconButton(
                VaadinIcon.TRASH,
                getTranslation("drawer.delete", a.subject()),
                () -> run(() -> activities.delete(a.id(), a.version())));
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
