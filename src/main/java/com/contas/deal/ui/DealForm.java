package com.contas.deal.ui;

import com.contas.common.Option;
import com.contas.currency.CurrencyInfo;
import com.contas.deal.DealInput;
import com.contas.deal.DealRow;
import com.contas.deal.DealStageInfo;
import com.contas.deal.DealStatus;
import com.contas.security.UserSummary;
import com.contas.shell.DatePickers;
import com.contas.shell.FormDialog;
import com.contas.shell.FormDialog.Done;
import com.contas.shell.Formats;
import com.contas.shell.Pickers;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.List;

/**
 * The one deal form: a deal's fields, and for an existing deal the status actions (won, lost with
 * a reason, reopen) and delete, every action carrying the version the user saw. Built by
 * {@link DealForms} for the deals list and an organization's deals.
 */
public class DealForm extends FormDialog {

    private final transient DealForms services;
    private final DealRow existing;
    private final TextField title = new TextField();
    private final BigDecimalField value = new BigDecimalField();
    private final Select<String> currency = new Select<>();
    private final ComboBox<Option> organization;
    private final ComboBox<Option> person;
    private final ComboBox<UserSummary> owner;
    private final Select<DealStageInfo> stage = new Select<>();
    private final DatePicker expectedClose = new DatePicker();

    DealForm(
            DealForms services,
            String heading,
            DealRow existing,
            Option organization,
            boolean fixedOrganization,
            List<UserSummary> users,
            Long ownerId,
            List<CurrencyInfo> currencies,
            List<DealStageInfo> stages,
            SerializableRunnable onSaved) {
        super(heading, "form.save", onSaved);
        this.services = services;
        this.existing = existing;
        title.setLabel(getTranslation("deals.field.title"));
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(255);
        value.setLabel(getTranslation("deals.field.value"));
        currency.setLabel(getTranslation("deals.field.currency"));
        currency.setItems(currencies.stream().map(CurrencyInfo::code).toList());
        this.organization = Pickers.lazy(
                getTranslation("deals.field.organization"),
                (text, page) -> this.services.organizations().options(text, page));
        this.organization.setValue(organization);
        this.organization.setVisible(!fixedOrganization);
        person = Pickers.lazy(
                getTranslation("deals.field.person"),
                (text, page) -> this.services.people().options(Pickers.id(this.organization), text, page));
        this.organization.addValueChangeListener(e -> person.getDataProvider().refreshAll());
        owner = Pickers.users(getTranslation("deals.field.owner"), users, ownerId);
        stage.setLabel(getTranslation("deals.field.stage"));
        stage.setItems(stages);
        stage.setItemLabelGenerator(DealStageInfo::name);
        stage.setValue(stages.isEmpty() ? null : stages.get(0));
        expectedClose.setLabel(getTranslation("deals.field.expectedClose"));
        DatePickers.localized(expectedClose, this);
        field("title", title);
        field("value", value);
        field("currency", currency);
        field("organizationId", this.organization);
        field("personId", person);
        field("ownerId", owner);
        field("stageId", stage);
        field("expectedCloseDate", expectedClose);
        if (existing != null) {
            show(existing, stages);
        }
        title.focus();
    }

    private void show(DealRow row, List<DealStageInfo> stages) {
        title.setValue(row.title());
        value.setValue(row.value());
        currency.setValue(row.currency());
        person.setValue(Pickers.option(row.personId(), row.personName()));
        stage.setValue(
                stages.stream().filter(s -> s.id() == row.stageId()).findFirst().orElse(null));
        expectedClose.setValue(row.expectedCloseDate());
    }

    /**
     * A new deal about {@code about}, fixed by the screen (a person's page: its picker is left
     * out); null changes nothing.
     */
    public DealForm about(Option about) {
        if (about != null) {
            person.setValue(about);
            person.setVisible(false);
        }
        return this;
    }

    /** A new deal's currency (the company's). */
    void currency(String code) {
        currency.setValue(code);
    }

    /** The status line and the actions on the deal: won, lost (asks why), reopen, delete. */
    void offerActions(Formats formats, Done done) {
        DealRow row = existing;
        addContent(new Span(status(row, formats)));
        if (row.status() != DealStatus.WON) {
            action(
                    "deals.markWon",
                    () -> services.deals().markWon(row.id(), row.version()),
                    () -> done.done("deals.wonDone", row.title()));
        }
        if (row.status() != DealStatus.LOST) {
            button("deals.markLost", () -> askLostReason(done));
        }
        if (row.status() != DealStatus.OPEN) {
            action(
                    "deals.reopen",
                    () -> services.deals().reopen(row.id(), row.version()),
                    () -> done.done("deals.reopenDone", row.title()));
        }
        action(
                "form.delete",
                () -> services.deals().delete(row.id(), row.version()),
                () -> done.done("form.deleted", row.title()));
    }

    private String status(DealRow row, Formats formats) {
        String status = getTranslation("deal.status." + row.status());
        return switch (row.status()) {
            case WON -> getTranslation("deals.statusWon", status, formats.date(row.wonAt()));
            case LOST ->
                getTranslation(
                        "deals.statusLost",
                        status,
                        formats.date(row.lostAt()),
                        row.lostReason() == null ? "" : row.lostReason());
            case OPEN -> getTranslation("deals.statusOpen", status);
        };
    }

    /** Losing asks why; the deal's form stays open until the reason is saved. */
    private void askLostReason(Done done) {
        DealRow row = existing;
        TextField reason = new TextField(getTranslation("deals.field.lostReason"));
        reason.setMaxLength(500);
        FormDialog dialog = new FormDialog(
                getTranslation("deals.lost.title", row.title()),
                "deals.markLost",
                () -> services.deals().markLost(row.id(), row.version(), reason.getValue()),
                () -> {
                    close();
                    done.done("deals.lostDone", row.title());
                });
        dialog.field("lostReason", reason);
        dialog.open();
    }

    /** The title as typed, for the caller's "saved" message. */
    public String title() {
        return title.getValue();
    }

    @Override
    protected void save() {
        DealInput input = new DealInput(
                title.getValue(),
                value.getValue(),
                currency.getValue(),
                Pickers.id(organization),
                Pickers.id(person),
                Pickers.userId(owner),
                stage.getValue() == null ? null : stage.getValue().id(),
                expectedClose.getValue());
        if (existing == null) {
            services.deals().create(input);
        } else {
            // The version of what the form shows: a change made since is refused, not overwritten.
            services.deals().update(existing.id(), existing.version(), input);
        }
    }
}
