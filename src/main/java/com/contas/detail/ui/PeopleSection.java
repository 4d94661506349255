package com.contas.detail.ui;

import com.contas.detail.OrganizationSections;
import com.contas.detail.OrganizationSections.PersonLine;
import com.contas.detail.OrganizationSections.SectionCounts;
import com.contas.person.ui.PersonForms;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The people of the account's organization with e-mail and phone; add a person here. */
class PeopleSection extends ListSection<PersonLine> {

    static final int PAGE = 20;

    private final transient PersonForms forms;

    PeopleSection(SectionContext drawer, OrganizationSections sections, PersonForms forms) {
        super(
                drawer,
                "contas-drawer-people",
                sections,
                (all, organization, offset, limit) -> all.people(organization, null, offset, limit),
                SectionCounts::people,
                PAGE,
                "drawer.people.empty");
        this.forms = forms;
        Button add = addButton(
                "drawer.people.add",
                () -> this.forms
                        .add(
                                drawer.organizationOption(),
                                drawer.users(),
                                drawer.me(),
                                (key, name) -> drawer.changed(this))
                        .open());
        add(add, list);
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
        Div text = new Div(personName, contacts);
        text.addClassName("contas-item-text");
        Button edit = iconButton(
                VaadinIcon.EDIT,
                getTranslation("drawer.edit", person.name()),
                () -> forms.edit(person.id(), true, drawer.users(), (key, name) -> drawer.changed(this))
                        .open());
        Div row = new Div(text, edit);
        row.addClassName("contas-item");
        row.addClassName("contas-person");
        return row;
    }
}
