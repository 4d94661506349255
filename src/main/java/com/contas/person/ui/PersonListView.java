package com.contas.person.ui;

import com.contas.common.Option;
import com.contas.organization.OrganizationService;
import com.contas.person.PersonDetails;
import com.contas.person.PersonFilter;
import com.contas.person.PersonInput;
import com.contas.person.PersonRow;
import com.contas.person.PersonService;
import com.contas.security.CurrentUser;
import com.contas.security.UserService;
import com.contas.security.UserSummary;
import com.contas.shell.FormDialog;
import com.contas.shell.ListPage;
import com.contas.shell.MainLayout;
import com.contas.shell.Pickers;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** All people: search by name, e-mail or organization, filter by owner, and a form with e-mails and phones. */
@Route(value = "people", layout = MainLayout.class)
@PermitAll
public class PersonListView extends ListPage<PersonRow, PersonFilter> {

    private final transient PersonService people;
    private final transient OrganizationService organizations;
    private final List<UserSummary> users;
    private final Long me;
    private final ComboBox<UserSummary> owner;

    public PersonListView(
            PersonService people, OrganizationService organizations, UserService userService, CurrentUser currentUser) {
        super("nav.people", "people.new");
        this.people = people;
        readFrom((f, page) -> this.people.list(f, page), (f, atMost) -> this.people.count(f, atMost));
        this.organizations = organizations;
        this.users = userService.activeUsers();
        this.me = currentUser.idOrNull();
        owner = Pickers.users(getTranslation("people.filter.owner"), users, null);
        owner.setPlaceholder(getTranslation("list.all"));
        owner.addValueChangeListener(e -> refresh());
        addFilters(owner);

        column("people.column.name", PersonRow::name, "name").setFlexGrow(2);
        column("people.column.organization", PersonRow::organizationName, "organization")
                .setFlexGrow(2);
        column("people.column.email", PersonRow::email, "email").setFlexGrow(2);
        column("people.column.phone", PersonRow::phone, null);
        column("people.column.owner", PersonRow::ownerName, "owner");
    }

    @Override
    protected PersonFilter filter() {
        return new PersonFilter(searchText(), Pickers.userId(owner));
    }

    @Override
    protected FormDialog form(PersonRow row) {
        PersonDetails details = row == null ? null : people.get(row.id());
        TextField name = new TextField(getTranslation("people.field.name"));
        name.setMaxLength(255);
        ComboBox<Option> organization = Pickers.lazy(
                getTranslation("people.field.organization"), (text, page) -> this.organizations.options(text, page));
        ComboBox<UserSummary> ownerField =
                Pickers.users(getTranslation("people.field.owner"), users, details == null ? me : details.ownerId());
        TextArea emails = new TextArea(getTranslation("people.field.emails"));
        emails.setHelperText(getTranslation("people.onePerLine"));
        TextArea phones = new TextArea(getTranslation("people.field.phones"));
        phones.setHelperText(getTranslation("people.onePerLine"));
        FormDialog dialog = new FormDialog(
                row == null ? getTranslation("people.new") : getTranslation("people.edit", row.name()),
                "form.save",
                () -> {
                    PersonInput input = new PersonInput(
                            name.getValue(),
                            Pickers.id(organization),
                            Pickers.userId(ownerField),
                            FormDialog.lines(emails.getValue()),
                            FormDialog.lines(phones.getValue()));
                    if (details == null) {
                        people.create(input);
                    } else {
                        // The version of what the form shows: a change made since is refused, not overwritten.
                        people.update(details.id(), details.version(), input);
                    }
                },
                () -> done("form.saved", name.getValue()));
        dialog.field("name", name);
        dialog.field("organizationId", organization);
        dialog.field("ownerId", ownerField);
        dialog.field("emails", emails);
        dialog.field("phones", phones);
        if (details != null) {
            name.setValue(details.name());
            organization.setValue(
                    Pickers.option(details.organizationId(), row.organizationId(), row.organizationName()));
            emails.setValue(String.join("\n", details.emails()));
            phones.setValue(String.join("\n", details.phones()));
            dialog.action(
                    "form.delete",
                    () -> people.delete(details.id(), details.version()),
                    () -> done("form.deleted", row.name()));
        }
        return dialog;
    }
}
