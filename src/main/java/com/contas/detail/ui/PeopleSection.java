package com.contas.detail.ui;

import com.contas.detail.OrganizationSections;
import com.contas.detail.OrganizationSections.PersonLine;
import com.contas.detail.OrganizationSections.SectionCounts;
import com.contas.person.PersonInput;
import com.contas.person.PersonService;
import com.contas.shell.FieldErrors;
import com.contas.shell.Refusals;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;

/** The people of the account's organization with e-mail and phone; add a person here. */
class PeopleSection extends ListSection<PersonLine> {

    static final int PAGE = 20;

    private final TextField name = new TextField();
    private final TextField email = new TextField();
    private final TextField phone = new TextField();
    private final FieldErrors errors;
    private final Div form = new Div();

    private final transient PersonService people;

    PeopleSection(SectionContext drawer, OrganizationSections sections, PersonService people) {
        super(
                drawer,
                "contas-drawer-people",
                sections,
                (all, organization, offset, limit) -> all.people(organization, null, offset, limit),
                SectionCounts::people,
                PAGE,
                "drawer.people.empty");
        this.people = people;
        name.setLabel(getTranslation("drawer.people.name"));
        name.setMaxLength(255);
        email.setLabel(getTranslation("drawer.people.email"));
        email.setMaxLength(255);
        phone.setLabel(getTranslation("drawer.people.phone"));
        phone.setMaxLength(50);
        errors = new FieldErrors(this, Map.of("name", name, "emails", email, "phones", phone));
        Button add = new Button(getTranslation("drawer.people.add"), e -> add());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        form.add(name, email, phone, add, errors.formMessage());
        form.addClassName("contas-inline-form");
        add(form, list);
    }

    private void add() {
        errors.clear();
        if (Refusals.runKeeping(
                this,
                errors,
                () -> people.create(new PersonInput(
                        name.getValue(),
                        drawer.organization(),
                        drawer.me(),
                        List.of(email.getValue()),
                        List.of(phone.getValue()))),
                errors::show)) {
            name.clear();
            email.clear();
            phone.clear();
            drawer.changed(this);
        }
    }

    @Override
    Component row(PersonLine person) {
        Span personName = new Span(person.name());
        personName.addClassName("contas-item-title");
        Div contacts = new Div();
        contacts.addClassName("contas-item-meta");
        if (person.email() != null) {
            contacts.add(new Anchor("mailto:" + person.email(), person.email()));
        }
        if (person.phone() != null) {
            if (person.email() != null) {
                contacts.add(new Span(" · "));
            }
            contacts.add(new Anchor("tel:" + person.phone().replaceAll("[^0-9+]", ""), person.phone()));
        }
        Div row = new Div(personName, contacts);
        row.addClassName("contas-item");
        row.addClassName("contas-person");
        return row;
    }
}
