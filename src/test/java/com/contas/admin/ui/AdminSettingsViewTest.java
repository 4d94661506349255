package com.contas.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.contas.security.DemoUser;
import com.contas.settings.SettingsService;
import com.contas.shell.FormDialog;
import com.contas.testsupport.ListViewTestBase;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AdminSettingsViewTest extends ListViewTestBase {

    @Autowired
    SettingsService settings;

    @SuppressWarnings("unchecked")
    @Test
    void an_admin_changes_the_default_currency_after_fixing_the_days() {
        signIn(DemoUser.ADMIN);
        ui().navigate(AdminSettingsView.class);
        click(_get(AdminSettingsView.class), "Change settings");
        FormDialog form = _get(FormDialog.class);
        field(form, Select.class, "Default currency").setValue("USD");
        field(form, IntegerField.class, "Not contacted after (days)").setValue(0);
        click(form, "Save");
        assertThat(field(form, IntegerField.class, "Not contacted after (days)").getErrorMessage())
                .isEqualTo("Must be between 1 and 3,650");
        assertThat(settings.get().defaultCurrency()).isEqualTo("BRL");

        field(form, IntegerField.class, "Not contacted after (days)").setValue(45);
        click(form, "Save");
        assertThat(settings.get().defaultCurrency()).isEqualTo("USD");
        assertThat(_get(Paragraph.class, spec -> spec.withId("settings-summary"))
                        .getText())
                .contains("Default currency USD")
                .contains("45 days");
    }

    @Test
    void an_admin_turns_the_next_step_prompt_off_and_sets_the_follow_up_delay() {
        signIn(DemoUser.ADMIN);
        ui().navigate(AdminSettingsView.class);
        click(_get(AdminSettingsView.class), "Change settings");
        FormDialog form = _get(FormDialog.class);
        field(form, Checkbox.class, "After an activity is done, offer to schedule the next one")
                .setValue(false);
        field(form, IntegerField.class, "Follow-ups (days ahead)").setValue(400);
        click(form, "Save");
        assertThat(field(form, IntegerField.class, "Follow-ups (days ahead)").getErrorMessage())
                .isEqualTo("Must be between 0 and 365");
        assertThat(settings.get().nextStepPrompt()).isTrue();

        field(form, IntegerField.class, "Follow-ups (days ahead)").setValue(14);
        click(form, "Save");
        assertThat(settings.get().nextStepPrompt()).isFalse();
        assertThat(settings.get().followUpDays()).isEqualTo(14);
        assertThat(_get(Paragraph.class, spec -> spec.withId("settings-summary"))
                        .getText())
                .contains("next-step prompt off")
                .contains("follow-ups 14 days ahead");
    }

    @SuppressWarnings("unchecked")
    @Test
    void an_admin_adds_and_deletes_an_exchange_rate() {
        signIn(DemoUser.ADMIN);
        ui().navigate(AdminCurrenciesView.class);
        click(_get(AdminCurrenciesView.class), "Add exchange rate");
        FormDialog form = _get(FormDialog.class);
        field(form, Select.class, "From").setValue("USD");
        field(form, BigDecimalField.class, "Rate").setValue(new BigDecimal("-1"));
        click(form, "Save");
        assertThat(field(form, BigDecimalField.class, "Rate").getErrorMessage()).startsWith("Must be more than 0");

        field(form, BigDecimalField.class, "Rate").setValue(new BigDecimal("5.25"));
        click(form, "Save");
        assertThat(column(0)).containsExactly("USD");
        assertThat(column(2)).containsExactly("5.25");

        click(openRow("USD"), "Delete");
        assertThat(column(0)).isEmpty();
    }
}
