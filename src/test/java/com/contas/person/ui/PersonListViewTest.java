package com.contas.person.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.contas.common.Option;
import com.contas.organization.OrganizationInput;
import com.contas.organization.OrganizationService;
import com.contas.person.PersonInput;
import com.contas.person.PersonRow;
import com.contas.person.PersonService;
import com.contas.security.DemoUser;
import com.contas.shell.FormDialog;
import com.contas.testsupport.ListViewTestBase;
import com.contas.testsupport.Screen;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PersonListViewTest extends ListViewTestBase {

    @Autowired
    OrganizationService organizations;

    @Autowired
    PersonService people;

    long me;
    long acme;

    @BeforeEach
    void createPeople() {
        signIn(DemoUser.USER);
        me = data.userId(DemoUser.USER);
        acme = organizations
                .create(new OrganizationInput("Acme Corp", null, me))
                .id();
        people.create(new PersonInput("João Silva", acme, me, List.of("joao@acme.com"), List.of("+55 11 5555")));
        people.create(
                new PersonInput("Ann Lee", null, data.userId(DemoUser.SALES_1), List.of("ann@lee.io"), List.of()));
        ui().navigate(PersonListView.class);
    }

    @Test
    void the_list_searches_names_emails_and_organizations_ignoring_accents() {
        assertThat(column(0)).containsExactly("Ann Lee", "João Silva");
        search("joao");
        assertThat(column(0)).containsExactly("João Silva");
        search("LEE.IO");
        assertThat(column(0)).containsExactly("Ann Lee");
        search("acme corp");
        assertThat(column(0)).containsExactly("João Silva");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_name_links_to_the_persons_page_and_a_click_on_it_opens_no_form() {
        Grid<PersonRow> grid = grid();
        LitRenderer<PersonRow> name =
                (LitRenderer<PersonRow>) grid.getColumnByKey("name").getRenderer();
        PersonRow first = GridKt._get(grid, 0);
        assertThat(first.name()).isEqualTo("Ann Lee");
        assertThat(name.getValueProviders().get("href").apply(first)).isEqualTo("people/" + first.id());

        GridKt._clickItem(grid, 0, "name");
        assertThat(_find(FormDialog.class)).isEmpty();

        GridKt._clickItem(grid, 0, "email");
        assertThat(_find(FormDialog.class)).hasSize(1);
    }

    @Test
    void the_columns_sort_in_the_database() {
        sort("name", SortDirection.DESCENDING);
        assertThat(column(0)).containsExactly("João Silva", "Ann Lee");
        sort("organization", SortDirection.ASCENDING);
        assertThat(column(0)).containsExactly("João Silva", "Ann Lee");
        sort("email", SortDirection.ASCENDING);
        assertThat(column(2)).containsExactly("ann@lee.io", "joao@acme.com");
    }

    @Test
    void a_bad_email_is_refused_next_to_the_field_and_nothing_is_written() {
        FormDialog form = openRow("Ann Lee");
        assertThat(field(form, TextArea.class, "E-mails").getValue()).isEqualTo("ann@lee.io");
        field(form, TextArea.class, "E-mails").setValue("ann@lee.io\nnot an email");
        var before = data.rowCounts();
        click(form, "Save");
        assertThat(field(form, TextArea.class, "E-mails").getErrorMessage()).contains("not an email");
        assertThat(data.rowCounts()).isEqualTo(before);
    }

    @Test
    void a_new_person_is_saved_with_an_organization() {
        click(_get(PersonListView.class), "New person");
        FormDialog form = _get(FormDialog.class);
        field(form, TextField.class, "Name").setValue("Carla Dias");
        @SuppressWarnings("unchecked")
        ComboBox<Option> organization = field(form, ComboBox.class, "Organization");
        organization.setValue(new Option(acme, "Acme Corp"));
        field(form, TextArea.class, "Phones").setValue("+55 21 1234\n\n+55 21 9999");
        click(form, "Save");
        assertThat(column(0)).containsExactly("Ann Lee", "Carla Dias", "João Silva");
        assertThat(column(1).get(1)).isEqualTo("Acme Corp");
        assertThat(column(3).get(1)).isEqualTo("+55 21 1234");
    }

    @Test
    void a_form_shows_the_person_as_it_is_now_and_refuses_to_overwrite_a_later_change() {
        var ann = people.list(new com.contas.person.PersonFilter("Ann", null), com.contas.common.PageSpec.first(1))
                .get(0);
        people.update(
                ann.id(),
                ann.version(),
                new PersonInput("Ann Lee", null, ann.ownerId(), List.of("ann@lee.io", "ann@work.io"), List.of()));

        FormDialog form = openRow("Ann Lee");
        assertThat(field(form, TextArea.class, "E-mails").getValue()).isEqualTo("ann@lee.io\nann@work.io");
        var now = people.get(ann.id());
        people.update(
                ann.id(), now.version(), new PersonInput("Ann B. Lee", null, now.ownerId(), now.emails(), List.of()));

        field(form, TextField.class, "Name").setValue("Ann Lee-Smith");
        click(form, "Save");
        assertThat(Screen.formError(form)).contains("Someone else changed this person");
        assertThat(people.get(ann.id()).name()).isEqualTo("Ann B. Lee");
    }
}
