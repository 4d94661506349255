package com.contas.activity.ui;

import com.contas.common.Option;
import com.contas.security.UserSummary;
import com.contas.shell.FormDialog.Done;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;

/**
 * "Acme Corp has no open activity" with "Schedule follow-up": shown when a change leaves an
 * organization without anything planned, so that no client silently drops off everyone's list.
 */
class NoOpenActivityNotice extends Notification {

    static final int MILLIS = 10_000;

    private final transient ActivityForms forms;

    NoOpenActivityNotice(
            ActivityForms forms, Option organization, List<UserSummary> users, Long assigneeId, Done done) {
        this.forms = forms;
        addClassName("contas-no-open-activity");
        setDuration(MILLIS);
        setPosition(Position.BOTTOM_START);
        Button schedule = new Button(getTranslation("activity.next.scheduleFollowUp"), e -> {
            close();
            this.forms
                    .followUp(organization, this.forms.followUpDate(), users, assigneeId, done)
                    .open();
        });
        schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button dismiss = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> close());
        dismiss.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        dismiss.setAriaLabel(getTranslation("form.close"));
        HorizontalLayout content = new HorizontalLayout(
                new Span(getTranslation("activity.next.none", organization.label())), schedule, dismiss);
        content.setAlignItems(HorizontalLayout.Alignment.CENTER);
        add(content);
    }
}
