package com.contas.organization.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.contas.deal.DealInput;
import com.contas.deal.DealService;
import com.contas.organization.OrganizationInput;
import com.contas.organization.OrganizationRow;
import com.contas.organization.OrganizationService;
import com.contas.person.PersonInput;
import com.contas.person.PersonService;
import com.contas.security.DemoUser;
import com.contas.security.UserSummary;
import com.contas.shell.FormDialog;
import com.contas.testsupport.ListViewTestBase;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OrganizationListViewTest extends ListViewTestBase {

    @Autowired
    OrganizationService organizations;

    @Autowired
    PersonService people;

    @Autowired
    DealService deals;

    long me;
    long acme;

    @BeforeEach
    void createOrganizations() {
        signIn(DemoUser.USER);
        me = data.userId(DemoUser.USER);
        acme = organizations
                .create(new OrganizationInput("Acme Corp", "Rua Augusta 1", me))
                .id();
        organizations.create(new OrganizationInput("Ótica Brasil", null, data.userId(DemoUser.SALES_1)));
        organizations.create(new OrganizationInput("Zebra Ltd", "London", me));
        people.create(new PersonInput("Ana", acme, me, List.of(), List.of()));
        var deal = deals.create(new DealInput("Deal", new BigDecimal("10"), "BRL", acme, null, me, null, null));
        deals.markWon(deal.id(), deal.version());
        ui().navigate(OrganizationListView.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_name_links_to_the_organizations_page_and_a_click_on_it_opens_no_form() {
        Grid<OrganizationRow> grid = _get(Grid.class);
        LitRenderer<OrganizationRow> name =
                (LitRenderer<OrganizationRow>) grid.getColumnByKey("name").getRenderer();
        OrganizationRow first = GridKt._get(grid, 0);
        assertThat(first.name()).isEqualTo("Acme Corp");
        assertThat(name.getValueProviders().get("href").apply(first)).isEqualTo("organizations/" + acme);

        GridKt._clickItem(grid, 0, "name");
        assertThat(_find(FormDialog.class)).isEmpty();

        GridKt._clickItem(grid, 0, "address");
        assertThat(_find(FormDialog.class)).hasSize(1);
    }

    @Test
    void the_list_searches_ignoring_accents_and_filters_by_owner_and_accounts() {
        assertThat(column(0)).containsExactly("Acme Corp", "Ótica Brasil", "Zebra Ltd");
        search("otica");
        assertThat(column(0)).containsExactly("Ótica Brasil");
        search("");
        field(_get(OrganizationListView.class), Checkbox.class, "Accounts only").setValue(true);
        assertThat(column(0)).containsExactly("Acme Corp");
        assertThat(column(3)).containsExactly("1");
        field(_get(OrganizationListView.class), Checkbox.class, "Accounts only").setValue(false);
        @SuppressWarnings("unchecked")
        ComboBox<UserSummary> owner = field(_get(OrganizationListView.class), ComboBox.class, "Owner");
        owner.setValue(owner.getListDataView()
                .getItems()
                .filter(u -> u.id() == me)
                .findFirst()
                .orElseThrow());
        assertThat(column(0)).containsExactly("Acme Corp", "Zebra Ltd");
    }

    @Test
    void the_columns_sort_in_the_database() {
        sort("name", SortDirection.DESCENDING);
        assertThat(column(0)).containsExactly("Zebra Ltd", "Ótica Brasil", "Acme Corp");
        sort("owner", SortDirection.DESCENDING);
        assertThat(column(2).get(0)).isEqualTo("Mariana Costa");
        sort("address", SortDirection.ASCENDING);
        assertThat(column(0)).containsExactly("Zebra Ltd", "Acme Corp", "Ótica Brasil");
    }

    @Test
    void an_organization_that_is_an_account_links_to_its_account_and_others_do_not() {
        FormDialog form = openRow("Acme Corp");
        assertThat(_get(form, Anchor.class, spec -> spec.withText("Open the account"))
                        .getHref())
                .isEqualTo("accounts/" + acme);
        form.close();
        FormDialog other = openRow("Zebra Ltd");
        assertThat(_find(other, Anchor.class)).isEmpty();
    }

    @Test
    void a_blank_name_is_refused_next_to_the_field_and_nothing_is_written() {
        FormDialog form = openRow("Zebra Ltd");
        field(form, TextField.class, "Name").setValue("   ");
        var before = data.rowCounts();
        click(form, "Save");
        assertThat(field(form, TextField.class, "Name").getErrorMessage()).isEqualTo("Required");
        assertThat(data.rowCounts()).isEqualTo(before);
        assertThat(organizations.get(acme).name()).isEqualTo("Acme Corp");
    }

    @Test
    void editing_saves_and_deleting_moves_to_the_trash() {
        FormDialog form = openRow("Zebra Ltd");
        field(form, TextField.class, "Name").setValue("Zebra Limited");
        click(form, "Save");
        assertThat(column(0)).contains("Zebra Limited");

        click(openRow("Zebra Limited"), "Delete");
        assertThat(column(0)).containsExactly("Acme Corp", "Ótica Brasil");
        assertThat(notifications()).anyMatch(n -> n.contains("moved to the trash"));
    }
}
