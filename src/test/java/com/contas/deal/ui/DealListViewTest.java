package com.contas.deal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.contas.account.ui.list.AccountListView;
import com.contas.common.Option;
import com.contas.deal.DealInput;
import com.contas.deal.DealService;
import com.contas.deal.DealStatus;
import com.contas.organization.OrganizationInput;
import com.contas.organization.OrganizationService;
import com.contas.security.DemoUser;
import com.contas.security.UserSummary;
import com.contas.shell.FormDialog;
import com.contas.testsupport.ListViewTestBase;
import com.contas.testsupport.Screen;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DealListViewTest extends ListViewTestBase {

    @Autowired
    OrganizationService organizations;

    @Autowired
    DealService deals;

    long me;
    long acme;
    long saoPaulo;

    @BeforeEach
    void createDeals() {
        signIn(DemoUser.USER);
        me = data.userId(DemoUser.USER);
        acme = organizations
                .create(new OrganizationInput("Acme Corp", null, me))
                .id();
        saoPaulo = organizations
                .create(new OrganizationInput("São Paulo Ltda", null, me))
                .id();
        deal("Renewal", "1000", acme, me);
        deal("Upsell", "250", saoPaulo, me);
        var won = deal("Licences", "5000", saoPaulo, data.userId(DemoUser.SALES_1));
        deals.markWon(won, 0);
    }

    private long deal(String title, String value, long organizationId, long owner) {
        return deals.create(new DealInput(title, new BigDecimal(value), "BRL", organizationId, null, owner, null, null))
                .id();
    }

    private static DealListView open() {
        ui().navigate(DealListView.class);
        return _get(DealListView.class);
    }

    private List<String> accountNames() {
        ui().navigate(AccountListView.class);
        List<String> names = column(0);
        return names;
    }

    @Test
    void a_link_to_a_deal_opens_its_form_over_the_list_and_an_unknown_one_says_so() {
        ui().navigate("deals/" + dealId("Licences"));
        assertThat(_get(FormDialog.class).getHeaderTitle()).contains("Licences");

        _find(FormDialog.class).forEach(FormDialog::close);
        ui().navigate("deals/999999");
        assertThat(_find(FormDialog.class)).isEmpty();
        assertThat(notifications()).contains("This deal does not exist or is in the trash.");
    }

    @Test
    void winning_an_organizations_first_deal_makes_it_an_account_and_reopening_it_removes_it() {
        assertThat(accountNames()).containsExactly("São Paulo Ltda");

        open();
        click(openRow("Renewal"), "Mark won");
        assertThat(notifications()).contains("Renewal is won.");
        assertThat(column(3)).contains("Won");
        assertThat(accountNames()).containsExactly("Acme Corp", "São Paulo Ltda");

        open();
        click(openRow("Renewal"), "Reopen");
        assertThat(accountNames()).containsExactly("São Paulo Ltda");
    }

    @Test
    void losing_the_only_won_deal_removes_the_account_and_needs_a_reason() {
        open();
        FormDialog form = openRow("Licences");
        click(form, "Mark lost");
        FormDialog reason = _find(FormDialog.class).get(1);
        click(reason, "Mark lost");
        TextField why = field(reason, TextField.class, "Why was it lost?");
        assertThat(why.isInvalid()).isTrue();
        assertThat(why.getErrorMessage()).isEqualTo("Required");
        assertThat(deals.get(dealId("Licences")).status()).isEqualTo(DealStatus.WON);

        why.setValue("Went with a competitor");
        click(reason, "Mark lost");
        assertThat(_find(FormDialog.class)).isEmpty();
        assertThat(deals.get(dealId("Licences")).lostReason()).isEqualTo("Went with a competitor");
        assertThat(accountNames()).isEmpty();
    }

    private long dealId(String title) {
        return deals.list(new com.contas.deal.DealFilter(title, null, null), com.contas.common.PageSpec.first(1))
                .get(0)
                .id();
    }

    @Test
    void the_list_filters_by_status_owner_and_a_search_that_ignores_accents() {
        open();
        assertThat(column(0)).containsExactly("Licences", "Renewal", "Upsell");

        @SuppressWarnings("unchecked")
        Select<DealStatus> status = field(_get(DealListView.class), Select.class, "Status");
        status.setValue(DealStatus.OPEN);
        assertThat(column(0)).containsExactly("Renewal", "Upsell");

        @SuppressWarnings("unchecked")
        ComboBox<UserSummary> owner = field(_get(DealListView.class), ComboBox.class, "Owner");
        status.setValue(null);
        owner.setValue(owner.getListDataView()
                .getItems()
                .filter(u -> u.id() == data.userId(DemoUser.SALES_1))
                .findFirst()
                .orElseThrow());
        assertThat(column(0)).containsExactly("Licences");

        owner.setValue(null);
        search("SAO PAULO");
        assertThat(column(0)).containsExactly("Licences", "Upsell");
    }

    @Test
    void one_letter_shows_the_whole_list_and_asks_for_two_and_the_search_waits_for_a_pause_in_typing() {
        open();
        TextField search = _get(TextField.class, spec -> spec.withLabel("Search"));
        assertThat(search.getValueChangeMode()).isEqualTo(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        assertThat(search.getValueChangeTimeout()).isEqualTo(300);

        search("u");
        assertThat(column(0)).containsExactly("Licences", "Renewal", "Upsell");
        assertThat(search.getHelperText()).isEqualTo("Type at least 2 characters to search.");

        search("up");
        assertThat(column(0)).containsExactly("Upsell");
        assertThat(search.getHelperText()).isNullOrEmpty();
    }

    @Test
    void the_columns_sort_in_the_database() {
        open();
        sort("value", SortDirection.DESCENDING);
        assertThat(column(0)).containsExactly("Licences", "Renewal", "Upsell");
        sort("organization", SortDirection.ASCENDING);
        assertThat(column(1)).containsExactly("Acme Corp", "São Paulo Ltda", "São Paulo Ltda");
        sort("title", SortDirection.DESCENDING);
        assertThat(column(0)).containsExactly("Upsell", "Renewal", "Licences");
        sort("status", SortDirection.DESCENDING);
        assertThat(column(0).get(0)).isEqualTo("Licences");
        sort("owner", SortDirection.ASCENDING);
        assertThat(column(5).get(0)).isEqualTo("Lucas Ferreira");
        assertThat(column(5).get(2)).isEqualTo("Mariana Costa");
    }

    @Test
    void a_new_deal_with_bad_input_shows_the_problems_next_to_the_fields_and_writes_nothing() {
        open();
        click(_get(DealListView.class), "New deal");
        FormDialog form = _get(FormDialog.class);
        field(form, BigDecimalField.class, "Value").setValue(new BigDecimal("-5"));
        var before = data.rowCounts();

        click(form, "Save");

        assertThat(field(form, TextField.class, "Title").getErrorMessage()).isEqualTo("Required");
        assertThat(field(form, BigDecimalField.class, "Value").getErrorMessage())
                .isEqualTo("Must not be negative");
        assertThat(field(form, ComboBox.class, "Organization").getErrorMessage())
                .isEqualTo("Link the deal to an organization or a person");
        assertThat(data.rowCounts()).isEqualTo(before);
        assertThat(form.isOpened()).isTrue();
    }

    @Test
    void a_new_deal_is_saved_and_listed() {
        open();
        click(_get(DealListView.class), "New deal");
        FormDialog form = _get(FormDialog.class);
        field(form, TextField.class, "Title").setValue("Support plan");
        field(form, BigDecimalField.class, "Value").setValue(new BigDecimal("99.90"));
        @SuppressWarnings("unchecked")
        ComboBox<Option> organization = field(form, ComboBox.class, "Organization");
        organization.setValue(new Option(acme, "Acme Corp"));
        click(form, "Save");

        assertThat(form.isOpened()).isFalse();
        assertThat(column(0)).contains("Support plan");
    }

    @Test
    void saving_a_deal_that_someone_else_changed_is_refused_and_explained() {
        open();
        FormDialog form = openRow("Renewal");
        long id = dealId("Renewal");
        var current = deals.get(id);
        deals.update(
                id,
                current.version(),
                new DealInput("Renewal 2027", current.value(), "BRL", acme, null, me, null, null));

        field(form, TextField.class, "Title").setValue("Renewal (mine)");
        click(form, "Save");

        assertThat(form.isOpened()).isTrue();
        assertThat(Screen.formError(form)).contains("Someone else changed this deal");
        assertThat(deals.get(id).title()).isEqualTo("Renewal 2027");
    }
}
