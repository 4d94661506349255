package com.contas.person.ui;

import com.contas.common.Option;
import com.contas.person.PersonDetails;
import com.contas.person.PersonInput;
import com.contas.security.UserSummary;
import com.contas.shell.FormDialog;
import com.contas.shell.Pickers;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.List;

/**
 * The one person form: adding and editing a person from the people list and an organization's
 * people. Built by {@link PersonForms}, which gives it its services.
 */
public class PersonForm extends FormDialog {

    private final transient PersonForms services;
    private final PersonDetails existing;
    private final TextField name = new TextField();
    private final ComboBox<Option> organization;
    private final ComboBox<UserSummary> owner;
    private final TextArea emails = new TextArea();
    private final TextArea phones = new TextArea();

    /**
     * @param existing          the person to edit, or null to add one
     * @param organization      where the person works; null lets the user pick
     * @param fixedOrganization whether the screen gives the organization (its picker is left out)
     */
    PersonForm(
            PersonForms services,
            String title,
            PersonDetails existing,
            Option organization,
            boolean fixedOrganization,
            List<UserSummary> users,
            Long ownerId,
            SerializableRunnable onSaved) {
        super(title, "form.save", onSaved);
        this.services = services;
        this.existing = existing;
        name.setLabel(getTranslation("people.field.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(255);
        this.organization = Pickers.lazy(
                getTranslation("people.field.organization"),
                (text, page) -> this.services.organizations().options(text, page));
        this.organization.setValue(organization);
        this.organization.setVisible(!fixedOrganization);
        owner = Pickers.users(getTranslation("people.field.owner"), users, ownerId);
        emails.setLabel(getTranslation("people.field.emails"));
        emails.setHelperText(getTranslation("people.onePerLine"));
        phones.setLabel(getTranslation("people.field.phones"));
        phones.setHelperText(getTranslation("people.onePerLine"));
        field("name", name);
        field("organizationId", this.organization);
        field("ownerId", owner);
        field("emails", emails);
        field("phones", phones);
        if (existing != null) {
            name.setValue(existing.name());
            emails.setValue(String.join("\n", existing.emails()));
            phones.setValue(String.join("\n", existing.phones()));
        }
        name.focus();
    }

    /** Delete, in the footer of a person being edited. */
    void offerDelete(Done done) {
        long id = existing.id();
        long version = existing.version();
        String shown = existing.name();
        action("form.delete", () -> services.people().delete(id, version), () -> done.done("form.deleted", shown));
    }

    /** The name as typed, for the caller's "saved" message. */
    public String name() {
        return name.getValue();
    }

    @Override
    protected void save() {
        PersonInput input = new PersonInput(
                name.getValue(),
                Pickers.id(organization),
                Pickers.userId(owner),
                lines(emails.getValue()),
                lines(phones.getValue()));
        if (existing == null) {
            services.people().create(input);
        } else {
            // The version of what the form shows: a change made since is refused, not overwritten.
            services.people().update(existing.id(), existing.version(), input);
        }
    }
}
