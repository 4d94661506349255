package com.contas.detail.ui;

import com.contas.activity.ActivityService;
import com.contas.common.Option;
import com.contas.detail.DetailScope.Kind;
import com.contas.live.AccountChange;
import com.contas.live.LiveUpdates;
import com.contas.person.PersonRow;
import com.contas.person.PersonService;
import com.contas.security.CurrentUser;
import com.contas.security.UserService;
import com.contas.settings.SettingsService;
import com.contas.shell.MainLayout;
import com.contas.shell.Pickers;
import com.contas.shell.RouteIds;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;

/**
 * A person's own page, {@code /people/{id}}: the name, the organization (linking to its page),
 * owner, first e-mail and phone, and the sections an organization has, about the person: their
 * activities, notes, files and deals, their details (edited in the person form) and history.
 * Live while open for changes to the person's organization (a person without one hears of
 * changes made elsewhere when the page is opened again).
 */
@Route(value = "people/:id" + RouteIds.PATTERN, layout = MainLayout.class)
@PermitAll
public class PersonPage extends DetailPage<PersonRow> {

    private final transient PersonService people;

    public PersonPage(
            PersonService people,
            UserService userService,
            DetailSections registry,
            ActivityService activities,
            SettingsService settings,
            CurrentUser currentUser,
            LiveUpdates live) {
        super(
                Kind.PERSON,
                "people.notFound.title",
                "people.notFound.text",
                "nav.people",
                registry,
                userService,
                activities,
                settings,
                currentUser,
                live);
        this.people = people;
        addClassName("contas-person-page");
    }

    @Override
    Optional<PersonRow> read(long id) {
        return people.row(id);
    }

    @Override
    long id(PersonRow person) {
        return person.id();
    }

    @Override
    String name(PersonRow person) {
        return person.name();
    }

    @Override
    void showFacts(PersonRow person, Facts facts) {
        if (person.organizationId() != null) {
            facts.fact(
                    "people.column.organization",
                    PageLinks.organization(person.organizationId(), person.organizationName()));
        }
        facts.fact("people.column.owner", person.ownerName());
        if (person.email() != null) {
            facts.fact("people.column.email", PageLinks.email(person.email()));
        }
        if (person.phone() != null) {
            facts.fact("people.column.phone", PageLinks.phone(person.phone()));
        }
    }

    @Override
    boolean concerns(AccountChange change, PersonRow person) {
        return person.organizationId() == null ? change.everything() : change.concerns(person.organizationId());
    }

    @Override
    public Option organizationOption() {
        return Pickers.option(shown().organizationId(), shown().organizationName());
    }
}
