package com.contas.detail.ui;

import com.contas.currency.CurrencyInfo;
import com.contas.currency.CurrencyService;
import com.contas.customfield.CustomFieldInfo;
import com.contas.customfield.CustomFieldService;
import com.contas.customfield.CustomFieldType;
import com.contas.customfield.CustomFieldValues;
import com.contas.customfield.CustomValue;
import com.contas.organization.OrganizationDetails;
import com.contas.organization.OrganizationInput;
import com.contas.organization.OrganizationService;
import com.contas.security.UserSummary;
import com.contas.shell.DatePickers;
import com.contas.shell.FieldErrors;
import com.contas.shell.Refusals;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableSupplier;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The organization behind the account: name, address, owner and every custom field, saved through
 * the organization service (the same row the Organizations screen edits) under its version. When
 * someone else saved first, the user is told, and what they typed stays until they choose to
 * reload.
 */
class FieldsSection extends DetailSection {

    private final TextField name = new TextField();
    private final TextArea address = new TextArea();
    private final ComboBox<UserSummary> owner = new ComboBox<>();
    private final FormLayout form = new FormLayout();
    private final Div conflict = new Div();
    private final Map<Long, CustomInput> custom = new LinkedHashMap<>();
    private FieldErrors errors;
    private OrganizationDetails loaded;
    private Map<Long, CustomValue> loadedValues = Map.of();

    /** One custom field's input: its component and how to read a value from it. */
    private record CustomInput(Component component, HasValidation validation, SerializableSupplier<CustomValue> read)
            implements Serializable {}

    private final transient OrganizationService organizations;
    private final transient CustomFieldService customFields;
    private final transient CustomFieldValues customValues;
    private final transient CurrencyService currencyService;

    FieldsSection(
            SectionContext drawer,
            OrganizationService organizations,
            CustomFieldService customFields,
            CustomFieldValues customValues,
            CurrencyService currencies) {
        super(drawer, "contas-drawer-fields");
        this.organizations = organizations;
        this.customFields = customFields;
        this.customValues = customValues;
        this.currencyService = currencies;
        name.setLabel(getTranslation("drawer.fields.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(255);
        address.setLabel(getTranslation("drawer.fields.address"));
        address.setMaxLength(1000);
        owner.setLabel(getTranslation("drawer.fields.owner"));
        owner.setItemLabelGenerator(UserSummary::displayName);
        owner.setRequiredIndicatorVisible(true);
        conflict.addClassName("contas-conflict");
        conflict.setVisible(false);
        add(conflict, form);
    }

    @Override
    void load() {
        long id = drawer.scope().id();
        loaded = organizations.get(id);
        List<CustomFieldInfo> fields = customFields.activeFields();
        loadedValues = customValues.of(id);
        conflict.setVisible(false);
        form.removeAll();
        custom.clear();
        owner.setItems(drawer.users());
        name.setValue(loaded.name());
        address.setValue(loaded.address() == null ? "" : loaded.address());
        owner.setValue(drawer.users().stream()
                .filter(u -> u.id() == loaded.ownerId())
                .findFirst()
                .orElse(null));
        form.add(name, owner, address);
        form.setColspan(address, 2);
        List<String> currencies = fields.stream().anyMatch(f -> f.type() == CustomFieldType.MONEY)
                ? currencyService.activeCurrencies().stream()
                        .map(CurrencyInfo::code)
                        .toList()
                : List.of();
        for (CustomFieldInfo field : fields) {
            CustomInput input = input(field, loadedValues.get(field.id()), currencies);
            custom.put(field.id(), input);
            form.add(input.component());
        }
        Map<String, HasValidation> byName = new LinkedHashMap<>();
        byName.put("name", name);
        byName.put("address", address);
        byName.put("ownerId", owner);
        custom.forEach((fieldId, input) -> byName.put(CustomFieldValues.key(fieldId), input.validation()));
        errors = new FieldErrors(this, byName);
        Button save = new Button(getTranslation("drawer.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div actions = new Div(save);
        actions.addClassName("contas-form-actions");
        form.add(errors.formMessage(), actions);
        form.setColspan(errors.formMessage(), 2);
    }

    private CustomInput input(CustomFieldInfo field, CustomValue value, List<String> currencies) {
        return switch (field.type()) {
            case TEXT -> {
                TextField text = new TextField(field.name());
                text.setMaxLength(CustomFieldValues.MAX_TEXT_LENGTH);
                text.setValue(value == null || value.text() == null ? "" : value.text());
                yield new CustomInput(text, text, () -> new CustomValue(text.getValue(), null, null, null));
            }
            case OPTION -> {
                ComboBox<String> option = new ComboBox<>(field.name());
                option.setItems(field.options());
                option.setClearButtonVisible(true);
                option.setValue(value == null ? null : value.text());
                yield new CustomInput(option, option, () -> new CustomValue(option.getValue(), null, null, null));
            }
            case NUMBER -> {
                BigDecimalField number = numberField(field.name());
                number.setValue(value == null ? null : value.number());
                yield new CustomInput(number, number, () -> new CustomValue(null, number.getValue(), null, null));
            }
            case MONEY -> {
                BigDecimalField amount = numberField(field.name());
                amount.setValue(value == null ? null : value.number());
                ComboBox<String> currency = new ComboBox<>();
                currency.setItems(currencies);
                currency.setAriaLabel(getTranslation("drawer.fields.currency", field.name()));
                currency.setValue(
                        value == null || value.currency() == null
                                ? drawer.format().defaultCurrency()
                                : value.currency());
                currency.setWidth("7em");
                Div money = new Div(amount, currency);
                money.addClassName("contas-money-input");
                yield new CustomInput(
                        money, amount, () -> new CustomValue(null, amount.getValue(), null, currency.getValue()));
            }
            case DATE -> {
                DatePicker date = new DatePicker(field.name());
                date.setLocale(getLocale());
                date.setI18n(DatePickers.i18n(this).setBadInputErrorMessage(getTranslation("validation.badDate")));
                date.setValue(value == null ? null : value.date());
                yield new CustomInput(date, date, () -> new CustomValue(null, null, date.getValue(), null));
            }
            case YES_NO -> {
                Select<String> answer = new Select<>();
                answer.setLabel(field.name());
                answer.setItems(CustomFieldType.YES, CustomFieldType.NO);
                answer.setEmptySelectionAllowed(true);
                answer.setEmptySelectionCaption(getTranslation("customFields.unset"));
                answer.setItemLabelGenerator(a -> a == null
                        ? getTranslation("customFields.unset")
                        : drawer.format().yesNo(a));
                answer.setValue(value == null ? null : value.text());
                yield new CustomInput(answer, answer, () -> new CustomValue(answer.getValue(), null, null, null));
            }
        };
    }

    private BigDecimalField numberField(String label) {
        BigDecimalField number = new BigDecimalField(label);
        number.setI18n(new BigDecimalField.BigDecimalFieldI18n()
                .setBadInputErrorMessage(getTranslation("validation.badNumber")));
        return number;
    }

    private void save() {
        if (!errors.clear()) {
            return; // a number or date the browser could not read; its own message is showing
        }
        Map<Long, CustomValue> values = new LinkedHashMap<>();
        custom.forEach((fieldId, input) -> values.put(fieldId, input.read().get()));
        OrganizationInput input = new OrganizationInput(
                name.getValue(),
                address.getValue(),
                owner.getValue() == null ? null : owner.getValue().id());
        if (Refusals.runKeeping(
                this,
                errors,
                () -> organizations.update(loaded.id(), loaded.version(), input, values),
                this::explainConflict)) {
            done(getTranslation("drawer.fields.saved"));
            drawer.changed(this);
        }
    }

    /**
     * Someone saved the organization since it was loaded. What the user typed stays in the fields;
     * reloading (which shows the other person's version) is their choice, after a warning.
     */
    private void explainConflict(String message) {
        showConflict(message);
        confirmReload();
    }

    @Override
    public boolean busy() {
        return isDirty();
    }

    /** Someone saved the organization while the user types here: say so, keep the text. */
    @Override
    void keptBecauseBusy(String who) {
        showConflict(getTranslation("drawer.fields.changedWhileEditing", who));
    }

    private void showConflict(String message) {
        Button reload = new Button(getTranslation("drawer.fields.reload"), e -> confirmReload());
        reload.addThemeVariants(ButtonVariant.LUMO_SMALL);
        conflict.removeAll();
        conflict.add(new Span(message), reload);
        conflict.setVisible(true);
    }

    private void confirmReload() {
        if (!isDirty()) {
            load();
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("drawer.fields.conflictTitle"));
        dialog.setText(getTranslation("drawer.fields.conflictText"));
        dialog.setConfirmText(getTranslation("drawer.fields.reload"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("drawer.fields.keep"));
        dialog.addConfirmListener(e -> load());
        dialog.open();
    }

    /** Whether the user typed anything that differs from what was loaded. */
    boolean isDirty() {
        if (loaded == null) {
            return false;
        }
        boolean changed = !Objects.equals(name.getValue(), loaded.name())
                || !Objects.equals(address.getValue(), loaded.address() == null ? "" : loaded.address())
                || !Objects.equals(
                        owner.getValue() == null ? null : owner.getValue().id(), loaded.ownerId());
        for (Map.Entry<Long, CustomInput> entry : custom.entrySet()) {
            CustomValue typed = entry.getValue().read().get();
            CustomValue before = loadedValues.get(entry.getKey());
            changed |= !sameValue(typed, before);
        }
        return changed;
    }

    private static boolean sameValue(CustomValue typed, CustomValue before) {
        return meaning(typed).equals(meaning(before));
    }

    /**
     * A value as the user reads it: its text, amount (2.50 is 2.5), date and, for an amount, its
     * currency (a currency without an amount is only the field's default). The currency was once
     * left out, so a currency-only edit was not "unsaved" and a reload for someone else's change
     * silently dropped it.
     */
    private static List<String> meaning(CustomValue value) {
        if (value == null) {
            return List.of("", "", "", "");
        }
        return List.of(
                value.text() == null ? "" : value.text(),
                value.number() == null
                        ? ""
                        : value.number().stripTrailingZeros().toPlainString(),
                value.date() == null ? "" : value.date().toString(),
                value.number() == null || value.currency() == null ? "" : value.currency());
    }
}
