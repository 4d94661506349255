package com.contas.activity.ui;

import com.contas.activity.ActivityService;
import com.contas.live.LiveUpdates;
import com.contas.security.CurrentUser;
import com.contas.security.UserService;
import com.contas.settings.SettingsService;
import com.contas.shell.Formats;
import com.contas.shell.NavbarPart;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.annotation.SpringComponent;

/** Puts the {@link ReminderBell} in every signed-in user's top bar. */
@SpringComponent
class ReminderBellPart implements NavbarPart {

    private final ActivityService activities;
    private final ActivityForms forms;
    private final UserService users;
    private final LiveUpdates live;
    private final DueReminders reminders;
    private final CurrentUser currentUser;
    private final SettingsService settings;

    ReminderBellPart(
            ActivityService activities,
            ActivityForms forms,
            UserService users,
            LiveUpdates live,
            DueReminders reminders,
            CurrentUser currentUser,
            SettingsService settings) {
        this.activities = activities;
        this.forms = forms;
        this.users = users;
        this.live = live;
        this.reminders = reminders;
        this.currentUser = currentUser;
        this.settings = settings;
    }

    @Override
    public Component create() {
        Long me = currentUser.idOrNull();
        if (me == null) {
            return new Span();
        }
        Formats formats =
                new Formats(UI.getCurrent().getLocale(), settings.get().timeZone());
        return new ReminderBell(activities, forms, users, live, reminders, me, formats);
    }
}
