package com.contas.deal.ui;

import com.contas.common.Option;
import com.contas.currency.CurrencyInfo;
import com.contas.deal.DealInput;
import com.contas.deal.DealRow;
import com.contas.deal.DealService;
import com.contas.deal.DealStageInfo;
import com.contas.deal.DealStatus;
import com.contas.organization.OrganizationService;
import com.contas.person.PersonService;
import com.contas.security.UserSummary;
import com.contas.shell.FormDialog;
import com.contas.shell.Formats;
import com.contas.shell.Pickers;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableBiConsumer;
import java.io.Serializable;
import java.util.List;

/**
 * The form of a deal: its fields, and for an existing deal the status actions (won, lost with a
 * reason, reopen) and delete. Every action carries the version the user saw.
 */
class DealForm implements Serializable {

    private final transient DealService deals;
    private final transient OrganizationService organizations;
    private final transient PersonService people;
    private final SerializableBiConsumer<String, String> onChange;
    private final Component owner;

    private final TextField title = new TextField();
    private final BigDecimalField value = new BigDecimalField();
    private final Select<String> currency = new Select<>();
    private final ComboBox<Option> organization;
    private final ComboBox<Option> person;
    private final ComboBox<UserSummary> dealOwner;
    private final Select<DealStageInfo> stage = new Select<>();
    private final DatePicker expectedClose = new DatePicker();

    DealForm(
            Component owner,
            DealService deals,
            OrganizationService organizations,
            PersonService people,
            List<UserSummary> users,
            List<CurrencyInfo> currencies,
            SerializableBiConsumer<String, String> onChange) {
        this.owner = owner;
        this.deals = deals;
        this.organizations = organizations;
        this.people = people;
        this.onChange = onChange;
        title.setLabel(t("deals.field.title"));
        title.setMaxLength(255);
        value.setLabel(t("deals.field.value"));
        currency.setLabel(t("deals.field.currency"));
        currency.setItems(currencies.stream().map(CurrencyInfo::code).toList());
        organization =
                Pickers.lazy(t("deals.field.organization"), (text, page) -> this.organizations.options(text, page));
        person = Pickers.lazy(t("deals.field.person"), (text, page) -> this.people.options(text, page));
        dealOwner = Pickers.users(t("deals.field.owner"), users, null);
        stage.setLabel(t("deals.field.stage"));
        stage.setItems(deals.stages());
        stage.setItemLabelGenerator(DealStageInfo::name);
        expectedClose.setLabel(t("deals.field.expectedClose"));
    }

    private String t(String key, Object... args) {
        return owner.getTranslation(key, args);
    }

    /** A form for a new deal, owned by {@code me}, in the company's currency. */
    FormDialog newDeal(Long me, String defaultCurrency, List<UserSummary> users) {
        FormDialog dialog = dialog(t("deals.new"), null);
        currency.setValue(defaultCurrency);
        Pickers.select(dealOwner, users, me);
        stage.setValue(deals.stages().get(0));
        return dialog;
    }

    /** The form of an existing deal, as the list showed it. */
    FormDialog edit(DealRow row, List<UserSummary> users, Formats formats) {
        FormDialog dialog = dialog(t("deals.edit", row.title()), row);
        title.setValue(row.title());
        value.setValue(row.value());
        currency.setValue(row.currency());
        organization.setValue(Pickers.option(row.organizationId(), row.organizationName()));
        person.setValue(Pickers.option(row.personId(), row.personName()));
        Pickers.select(dealOwner, users, row.ownerId());
        stage.setValue(deals.stages().stream()
                .filter(s -> s.id() == row.stageId())
                .findFirst()
                .orElse(null));
        expectedClose.setValue(row.expectedCloseDate());
        dialog.addContent(new Span(status(row, formats)));
        if (row.status() != DealStatus.WON) {
            dialog.action(
                    "deals.markWon",
                    () -> deals.markWon(row.id(), row.version()),
                    () -> done("deals.wonDone", row.title()));
        }
        if (row.status() != DealStatus.LOST) {
            dialog.button("deals.markLost", () -> askLostReason(dialog, row));
        }
        if (row.status() != DealStatus.OPEN) {
            dialog.action(
                    "deals.reopen",
                    () -> deals.reopen(row.id(), row.version()),
                    () -> done("deals.reopenDone", row.title()));
        }
        dialog.action(
                "form.delete", () -> deals.delete(row.id(), row.version()), () -> done("form.deleted", row.title()));
        return dialog;
    }

    private String status(DealRow row, Formats formats) {
        String status = t("deal.status." + row.status());
        return switch (row.status()) {
            case WON -> t("deals.statusWon", status, formats.date(row.wonAt()));
            case LOST -> t("deals.statusLost", status, formats.date(row.lostAt()), row.lostReason());
            case OPEN -> t("deals.statusOpen", status);
        };
    }

    /** Losing asks why; the deal form stays open until the reason is saved. */
    private void askLostReason(FormDialog dealDialog, DealRow row) {
        TextField reason = new TextField(t("deals.field.lostReason"));
        reason.setMaxLength(500);
        FormDialog dialog = new FormDialog(
                t("deals.lost.title", row.title()),
                "deals.markLost",
                () -> deals.markLost(row.id(), row.version(), reason.getValue()),
                () -> {
                    dealDialog.close();
                    done("deals.lostDone", row.title());
                });
        dialog.field("lostReason", reason);
        dialog.open();
    }

    private FormDialog dialog(String heading, DealRow row) {
        FormDialog dialog =
                new FormDialog(heading, "form.save", () -> save(row), () -> done("form.saved", title.getValue()));
        dialog.field("title", title);
        dialog.field("value", value);
        dialog.field("currency", currency);
        dialog.field("organizationId", organization);
        dialog.field("personId", person);
        dialog.field("ownerId", dealOwner);
        dialog.field("stageId", stage);
        dialog.field("expectedCloseDate", expectedClose);
        return dialog;
    }

    private void save(DealRow row) {
        DealInput input = new DealInput(
                title.getValue(),
                value.getValue(),
                currency.getValue(),
                Pickers.id(organization),
                Pickers.id(person),
                Pickers.userId(dealOwner),
                stage.getValue() == null ? null : stage.getValue().id(),
                expectedClose.getValue());
        if (row == null) {
            deals.create(input);
        } else {
            deals.update(row.id(), row.version(), input);
        }
    }

    private void done(String key, String name) {
        onChange.accept(key, name);
    }
}
