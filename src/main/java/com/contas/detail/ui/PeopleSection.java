package com.contas.detail.ui;

import com.contas.common.Option;
import com.contas.detail.DetailQueries;
import com.contas.detail.DetailQueries.PersonLine;
import com.contas.detail.DetailQueries.SectionCounts;
import com.contas.person.PersonService;
import com.contas.person.ui.PersonForms;
import com.contas.shell.Pickers;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;

/** The people of the organization with e-mail and phone, each linking to their page; add a person here. */
class PeopleSection extends ListSection<PersonLine> {

    static final int PAGE = 20;

    private final transient PersonService people;
    private final transient PersonForms forms;
    private final ComboBox<Option> link;

    PeopleSection(SectionContext drawer, DetailQueries sections, PersonService people, PersonForms forms) {
        super(
                drawer,
                "contas-drawer-people",
                sections,
                (all, organization, offset, limit) -> all.people(organization.id(), null, offset, limit),
                SectionCounts::people,
                PAGE,
                "drawer.people.empty");
        this.people = people;
        this.forms = forms;
        // Someone already in the CRM (at another organization or none) joins this one.
        link = Pickers.lazy(getTranslation("drawer.people.link"), (text, page) -> this.people.options(text, page));
        link.setPlaceholder(getTranslation("drawer.people.link.placeholder"));
        link.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                linkPerson(e.getValue());
            }
        });
        Button add = addButton(
                "drawer.people.add",
                () -> this.forms
                        .add(
                                drawer.organizationOption(),
                                drawer.users(),
                                drawer.me(),
                                (key, name) -> drawer.changed(this))
                        .open());
        Div actions = new Div(add, link);
        actions.addClassName("contas-section-actions");
        add(actions, list);
    }

    private void linkPerson(Option person) {
        run(() -> this.people.linkTo(
                person.id(),
                this.people.get(person.id()).version(),
                drawer.scope().id()));
        link.clear();
    }

    @Override
    Component row(PersonLine person) {
        RouterLink personName = PageLinks.person(person.id(), person.name());
        personName.addClassName("contas-item-title");
        Div contacts = new Div();
        contacts.addClassName("contas-item-meta");
        if (person.email() != null) {
            contacts.add(PageLinks.email(person.email()));
        }
        if (person.phone() != null) {
            if (person.email() != null) {
                contacts.add(new Span(" · "));
            }
            contacts.add(PageLinks.phone(person.phone()));
        }
        Div text = new Div(personName, contacts);
        text.addClassName("contas-item-text");
        Button edit = iconButton(
                VaadinIcon.EDIT,
                getTranslation("drawer.edit", person.name()),
                () -> forms.edit(person.id(), true, drawer.users(), (key, name) -> drawer.changed(this))
                        .open());
        Button remove = iconButton(
                VaadinIcon.UNLINK,
                getTranslation("drawer.people.remove", person.name(), drawer.name()),
                () -> run(() -> people.linkTo(person.id(), person.version(), null)));
        Div row = new Div(text, edit, remove);
        row.addClassName("contas-item");
        row.addClassName("contas-person");
        return row;
    }
}
