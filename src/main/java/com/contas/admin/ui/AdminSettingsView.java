package com.contas.admin.ui;

import com.contas.currency.CurrencyInfo;
import com.contas.currency.CurrencyService;
import com.contas.settings.CompanySettings;
import com.contas.settings.CompanySettingsInput;
import com.contas.settings.SettingsService;
import com.contas.shell.FormDialog;
import com.contas.shell.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.format.TextStyle;

/**
 * Company settings: the default currency (aggregates are shown in it), the time zone and first
 * day of the week (the board's days and weeks), and after how many days an account counts as not
 * contacted. Opens as a form; saving carries the version the admin saw.
 */
@Route(value = "admin/settings", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class AdminSettingsView extends VerticalLayout implements HasDynamicTitle {

    private final transient SettingsService settings;
    private final transient CurrencyService currencies;

    public AdminSettingsView(SettingsService settings, CurrencyService currencies) {
        this.settings = settings;
        this.currencies = currencies;
        addClassName("contas-page");
        Button edit = new Button(getTranslation("admin.settings.edit"), e -> form().open());
        edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("admin.settings.title")), summary(), edit);
    }

    private Paragraph summary() {
        CompanySettings current = settings.get();
        Paragraph summary = new Paragraph(getTranslation(
                "admin.settings.summary",
                current.defaultCurrency(),
                current.timeZone().getId(),
                current.firstDayOfWeek().getDisplayName(TextStyle.FULL, getLocale()),
                current.notContactedDays(),
                getTranslation(current.nextStepPrompt() ? "admin.settings.nextStep.on" : "admin.settings.nextStep.off"),
                current.followUpDays()));
        summary.setId("settings-summary");
        return summary;
    }

    private FormDialog form() {
        settings.invalidate();
        CompanySettings current = settings.get();
        Select<String> currency = new Select<>();
        currency.setLabel(getTranslation("admin.settings.field.currency"));
        currency.setItems(
                currencies.activeCurrencies().stream().map(CurrencyInfo::code).toList());
        currency.setValue(current.defaultCurrency());
        ComboBox<String> zone = new ComboBox<>(getTranslation("admin.settings.field.timeZone"));
        zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        zone.setValue(current.timeZone().getId());
        Select<DayOfWeek> firstDay = new Select<>();
        firstDay.setLabel(getTranslation("admin.settings.field.firstDay"));
        firstDay.setItems(DayOfWeek.values());
        firstDay.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, getLocale()));
        firstDay.setValue(current.firstDayOfWeek());
        IntegerField days = new IntegerField(getTranslation("admin.settings.field.notContactedDays"));
        days.setValue(current.notContactedDays());
        Checkbox nextStep =
                new Checkbox(getTranslation("admin.settings.field.nextStepPrompt"), current.nextStepPrompt());
        IntegerField followUpDays = new IntegerField(getTranslation("admin.settings.field.followUpDays"));
        followUpDays.setHelperText(getTranslation("admin.settings.field.followUpDays.help"));
        followUpDays.setValue(current.followUpDays());
        FormDialog dialog = new FormDialog(
                getTranslation("admin.settings.title"),
                "form.save",
                () -> settings.update(
                        current.version(),
                        new CompanySettingsInput(
                                currency.getValue(),
                                zone.getValue(),
                                firstDay.getValue(),
                                days.getValue(),
                                nextStep.getValue(),
                                followUpDays.getValue())),
                () -> {
                    Notification.show(getTranslation("admin.settings.saved"), 4000, Notification.Position.BOTTOM_START);
                    replace(getComponentAt(1), summary());
                });
        dialog.field("defaultCurrency", currency);
        dialog.field("timeZone", zone);
        dialog.field("firstDayOfWeek", firstDay);
        dialog.field("notContactedDays", days);
        dialog.field("nextStepPrompt", nextStep);
        dialog.field("followUpDays", followUpDays);
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.settings.title") + " · " + getTranslation("app.name");
    }
}
