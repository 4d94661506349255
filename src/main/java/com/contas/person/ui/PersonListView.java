package com.contas.person.ui;

import com.contas.person.PersonFilter;
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
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** All people: search by name, e-mail or organization, filter by owner, and a form with e-mails and phones. */
@Route(value = "people", layout = MainLayout.class)
@PermitAll
public class PersonListView extends ListPage<PersonRow, PersonFilter> {

    private final transient PersonService people;
    private final transient PersonForms forms;
    private final List<UserSummary> users;
    private final Long me;
    private final ComboBox<UserSummary> owner;

    public PersonListView(PersonService people, PersonForms forms, UserService userService, CurrentUser currentUser) {
        super("nav.people", "people.new");
        this.people = people;
        readFrom((f, page) -> this.people.list(f, page), (f, atMost) -> this.people.count(f, atMost));
        this.forms = forms;
        this.users = userService.activeUsers();
        this.me = currentUser.idOrNull();
        owner = Pickers.users(getTranslation("people.filter.owner"), users, null);
        owner.setPlaceholder(getTranslation("list.all"));
        owner.addValueChangeListener(e -> refresh());
        addFilters(owner);

        linkColumn("people.column.name", "people", PersonRow::id, PersonRow::name, "name")
                .setFlexGrow(2);
        linkColumn(
                        "people.column.organization",
                        "organizations",
                        PersonRow::organizationId,
                        PersonRow::organizationName,
                        "organization")
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
        return row == null ? forms.add(null, users, me, this::done) : forms.edit(row.id(), false, users, this::done);
    }
}
