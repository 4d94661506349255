package com.contas.person.ui;

import com.contas.common.NotFoundException;
import com.contas.common.Option;
import com.contas.organization.OrganizationService;
import com.contas.person.PersonDetails;
import com.contas.person.PersonRow;
import com.contas.person.PersonService;
import com.contas.security.UserSummary;
import com.contas.shell.FormDialog.Done;
import com.contas.shell.Pickers;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;

/** Builds the {@link PersonForm} for each screen that adds or edits a person. */
@SpringComponent
public class PersonForms {

    private final PersonService people;
    private final OrganizationService organizations;

    PersonForms(PersonService people, OrganizationService organizations) {
        this.people = people;
        this.organizations = organizations;
    }

    /**
     * A new person.
     *
     * @param organization where the person works, fixed by the screen (an organization's people);
     *                     null lets the user pick
     */
    public PersonForm add(Option organization, List<UserSummary> users, Long ownerId, Done done) {
        PersonForm[] form = new PersonForm[1];
        form[0] = new PersonForm(
                this,
                organization == null ? translate("people.new") : translate("people.newAt", organization.label()),
                null,
                organization,
                organization != null,
                users,
                ownerId,
                () -> done.done("form.saved", form[0].name()));
        return form[0];
    }

    /**
     * A person read fresh, with delete in its footer.
     *
     * @param fixedOrganization whether the screen shows one organization (its picker is left out)
     */
    public PersonForm edit(long id, boolean fixedOrganization, List<UserSummary> users, Done done) {
        PersonDetails details = people.get(id);
        PersonRow shown = people.row(id).orElseThrow(() -> new NotFoundException(PersonService.ENTITY, id));
        PersonForm[] form = new PersonForm[1];
        form[0] = new PersonForm(
                this,
                translate("people.edit", details.name()),
                details,
                Pickers.option(details.organizationId(), shown.organizationId(), shown.organizationName()),
                fixedOrganization,
                users,
                details.ownerId(),
                () -> done.done("form.saved", form[0].name()));
        form[0].offerDelete(done);
        return form[0];
    }

    PersonService people() {
        return people;
    }

    OrganizationService organizations() {
        return organizations;
    }

    private static String translate(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
