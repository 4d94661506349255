package com.contas.detail.ui;

import com.contas.common.NotFoundException;
import com.contas.person.PersonDetails;
import com.contas.person.PersonRow;
import com.contas.person.PersonService;
import com.contas.person.ui.PersonForms;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableFunction;
import java.util.ArrayList;
import java.util.List;

/**
 * A person's details: name, organization (linking to its page), owner, e-mails, phones and when
 * the record was made and last changed. They are edited in the one person form, under the version
 * it reads: a change someone saved meanwhile is refused and explained there.
 */
class PersonFieldsSection extends DetailSection {

    private final Facts facts = new Facts();

    private final transient PersonService people;
    private final transient PersonForms forms;

    PersonFieldsSection(SectionContext drawer, PersonService people, PersonForms forms) {
        super(drawer, "contas-person-fields");
        this.people = people;
        this.forms = forms;
        Button edit = addButton(
                "people.page.edit",
                () -> this.forms
                        .edit(drawer.scope().id(), false, drawer.users(), (key, name) -> {
                            done(getTranslation(key, name));
                            drawer.changed(this);
                        })
                        .open());
        edit.setIcon(VaadinIcon.EDIT.create());
        add(edit, facts);
    }

    @Override
    void load() {
        long id = drawer.scope().id();
        facts.removeAll();
        PersonDetails person;
        PersonRow names;
        try {
            person = people.get(id);
            names = people.row(id).orElseThrow(() -> new NotFoundException(PersonService.ENTITY, id));
        } catch (NotFoundException gone) {
            drawer.changed(this); // the page says the person is gone
            return;
        }
        facts.fact("people.field.name", person.name());
        facts.fact(
                "people.field.organization",
                names.organizationId() == null
                        ? new Text(getTranslation("people.page.noOrganization"))
                        : PageLinks.organization(names.organizationId(), names.organizationName()));
        facts.fact("people.field.owner", names.ownerName());
        facts.fact("people.field.emails", each(person.emails(), PageLinks::email));
        facts.fact("people.field.phones", each(person.phones(), PageLinks::phone));
        facts.fact("people.page.created", drawer.format().dateTime(person.createdAt()));
        if (person.updatedAt() != null) {
            facts.fact("people.page.updated", drawer.format().dateTime(person.updatedAt()));
        }
    }

    /** The values as links, one after the other ("—" when there is none). */
    private static Component[] each(List<String> values, SerializableFunction<String, Component> link) {
        if (values.isEmpty()) {
            return new Component[] {new Text("—")};
        }
        List<Component> links = new ArrayList<>();
        for (String value : values) {
            if (!links.isEmpty()) {
                links.add(new Text(" · "));
            }
            links.add(link.apply(value));
        }
        return links.toArray(Component[]::new);
    }
}
