package com.contas.activity.ui;

import static com.contas.testsupport.MutableClock.TODAY;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.contas.activity.ActivityDetails;
import com.contas.activity.ActivityInput;
import com.contas.activity.ActivityService;
import com.contas.activity.ActivityType;
import com.contas.security.DemoUser;
import com.contas.shell.FormDialog;
import com.contas.testsupport.Accounts;
import com.contas.testsupport.KaribuTestBase;
import com.contas.testsupport.Screen;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.LocalTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReminderBellTest extends KaribuTestBase {

    @Autowired
    Accounts given;

    @Autowired
    ActivityService activities;

    @Autowired
    DueReminders reminders;

    long me;
    long acme;

    @BeforeEach
    void anAccountWithAnOverdueCall() {
        signIn(DemoUser.USER);
        me = data.userId(DemoUser.USER);
        acme = given.account("Acme Corp", me);
        given.call(acme, "Overdue call", TODAY.minusDays(2), me);
        given.call(acme, "Next week's call", TODAY.plusDays(7), me);
        ui().navigate("accounts");
    }

    private static Button bell() {
        return _get(Button.class, spec -> spec.withClasses("contas-reminder-bell"));
    }

    private static String badge() {
        // A hidden badge is not on screen: nothing due.
        return _find(bell(), Span.class, spec -> spec.withClasses("contas-reminder-count")).stream()
                .map(Span::getText)
                .findFirst()
                .orElse("");
    }

    private ActivityDetails assignedByMariana(String subject, LocalTime time) throws InterruptedException {
        ActivityDetails[] made = new ActivityDetails[1];
        data.asOtherUser(
                DemoUser.SALES_1,
                () -> made[0] = activities.schedule(
                        new ActivityInput(ActivityType.CALL, subject, TODAY, time, null, null, acme, null, null, me)));
        return made[0];
    }

    @Test
    void the_bell_counts_what_is_due_today_or_overdue_and_lists_it() {
        assertThat(badge()).isEqualTo("1");
        assertThat(bell().getAriaLabel()).contains("Reminders: 1 due");

        bell().click();
        Dialog list = _get(Dialog.class, spec -> spec.withClasses("contas-reminder-list"));
        assertThat(Screen.visibleText(list))
                .contains("Overdue call")
                .contains("overdue")
                .doesNotContain("Next week");
        assertThat(_get(list, Anchor.class).getHref()).isEqualTo("accounts/" + acme);
    }

    @Test
    void the_count_follows_when_someone_else_assigns_an_activity_due_today() throws InterruptedException {
        assignedByMariana("Call back today", null);

        assertThat(Screen.eventually(() -> badge().equals("2")))
                .as("the bell heard of it")
                .isTrue();
    }

    @Test
    void done_from_the_list_counts_down_and_offers_the_next_step() {
        bell().click();
        Dialog list = _get(Dialog.class, spec -> spec.withClasses("contas-reminder-list"));
        _get(list, Checkbox.class).setValue(true);

        assertThat(badge()).isEmpty();
        assertThat(Screen.visibleText(list)).contains("Nothing due today.");
        assertThat(_find(FormDialog.class)).hasSize(1);
    }

    @Test
    void a_screen_is_told_when_one_of_its_users_activities_becomes_due() throws InterruptedException {
        // 15:00 UTC is 12:00 in São Paulo, the company's zone.
        LocalTime inAMinute = LocalTime.of(12, 1);
        assignedByMariana("Call at the agreed time", inAMinute);
        reminders.check(); // the first check only marks where the next starts

        clock.set(clock.instant().plus(Duration.ofMinutes(2)));
        reminders.check();

        assertThat(Screen.eventually(() -> Screen.notifications().stream()
                        .anyMatch(n -> n.contains("Call at the agreed time · Acme Corp"))))
                .isTrue();
    }
}
