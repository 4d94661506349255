package com.contas.account.ui.list;

import static com.contas.testsupport.MutableClock.TODAY;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.contas.account.AccountBucket;
import com.contas.account.AccountFilter;
import com.contas.account.AccountQueries;
import com.contas.account.AccountRow;
import com.contas.account.AccountSort;
import com.contas.account.ui.AccountScreens;
import com.contas.activity.ActivityService;
import com.contas.common.SearchFolding;
import com.contas.customfield.CustomFieldInfo;
import com.contas.customfield.CustomFieldInput;
import com.contas.customfield.CustomFieldService;
import com.contas.customfield.CustomFieldType;
import com.contas.customfield.CustomValue;
import com.contas.deal.DealService;
import com.contas.organization.OrganizationDetails;
import com.contas.organization.OrganizationInput;
import com.contas.organization.OrganizationService;
import com.contas.security.DemoUser;
import com.contas.testsupport.Accounts;
import com.contas.testsupport.KaribuTestBase;
import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.router.QueryParameters;
import elemental.json.Json;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AccountListViewTest extends KaribuTestBase {

    @Autowired
    Accounts given;

    @Autowired
    OrganizationService organizations;

    @Autowired
    DealService deals;

    @Autowired
    ActivityService activities;

    @Autowired
    AccountQueries accounts;

    @Autowired
    CustomFieldService customFields;

    long me;
    long acme;
    long saoPaulo;
    long bruno;

    @BeforeEach
    void signInAndCreateAccounts() {
        signIn(DemoUser.USER);
        me = data.userId(DemoUser.USER);
        acme = account("Acme Corp", me, "1000", TODAY.minusDays(2));
        saoPaulo = account("São Paulo Ltda", me, "500", TODAY);
        bruno = account("Bruno Imports", data.userId(DemoUser.SALES_1), "2500", null);
        organizations.create(new OrganizationInput("Not an account Inc", null, me));
    }

    private long account(String name, long owner, String value, LocalDate nextActivity) {
        long id = given.account(name, owner, value);
        if (nextActivity != null) {
            given.call(id, "Follow-up " + name, nextActivity, owner);
        }
        return id;
    }

    @SuppressWarnings("unchecked")
    private static Grid<AccountRow> grid() {
        return _get(Grid.class);
    }

    private static List<Long> shownIds() {
        Grid<AccountRow> grid = grid();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < _size(grid); i++) {
            ids.add(_get(grid, i).id());
        }
        return ids;
    }

    private static AccountListView open(String query) {
        ui().navigate("accounts", QueryParameters.fromString(query));
        return _get(AccountListView.class);
    }

    @Test
    void a_row_click_that_crossed_a_redraw_opens_nothing_and_fails_nothing() {
        open("");
        Grid<AccountRow> grid = grid();
        assertThat(_size(grid)).isPositive();
        elemental.json.JsonObject detail = Json.createObject();
        detail.put("event.detail.itemKey", "no-such-key");
        detail.put("event.detail.internalColumnId", Json.createNull());
        for (String number : List.of("screenX", "screenY", "clientX", "clientY", "detail", "button")) {
            detail.put("event.detail." + number, 0);
        }
        for (String flag : List.of("ctrlKey", "shiftKey", "altKey", "metaKey")) {
            detail.put("event.detail." + flag, false);
        }

        com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent(
                grid.getElement(), new DomEvent(grid.getElement(), "item-click", detail));

        assertThat(ui().getInternals().getActiveViewLocation().getPath()).isEqualTo("accounts");
    }

    @Test
    void the_rows_are_the_read_models_and_no_other_organization_appears() {
        open("");
        List<Long> expected = accounts.page(AccountFilter.ALL, AccountSort.BY_NAME, 0, 100).stream()
                .map(AccountRow::id)
                .toList();
        assertThat(shownIds()).isEqualTo(expected).containsExactly(acme, bruno, saoPaulo);
        assertThat(_getFormattedRow(grid(), 0)).contains("Acme Corp", "Lucas Ferreira");
    }

    /**
     * Every sortable column of the grid, both ways, against an order this test writes down itself
     * (missing values last, ties by id), not the view's own mapping of keys to sort fields.
     */
    @Test
    void every_column_sorts_in_the_database_as_its_header_says() {
        Map<String, Comparator<AccountRow>> byColumn = Map.ofEntries(
                Map.entry("name", Comparator.comparing(r -> SearchFolding.normalize(r.name()))),
                Map.entry(
                        "owner",
                        Comparator.comparing((AccountRow r) -> SearchFolding.normalize(r.ownerName()))
                                .thenComparing(r -> SearchFolding.normalize(r.name()))),
                Map.entry("since", Comparator.comparing(AccountRow::accountSince)),
                Map.entry("wonCount", Comparator.comparing(AccountRow::wonCount)),
                Map.entry("wonValue", Comparator.comparing(AccountRow::wonValue)),
                Map.entry("openCount", Comparator.comparing(AccountRow::openCount)),
                Map.entry("openValue", Comparator.comparing(AccountRow::openValue)),
                Map.entry("people", Comparator.comparing(AccountRow::peopleCount)),
                Map.entry(
                        "next",
                        Comparator.comparing(
                                (AccountRow r) -> r.nextActivity() == null
                                        ? null
                                        : r.nextActivity().dueDate(),
                                Comparator.nullsLast(Comparator.naturalOrder()))),
                Map.entry(
                        "last",
                        Comparator.comparing(
                                AccountRow::lastActivityAt, Comparator.nullsLast(Comparator.naturalOrder()))));
        open("");
        List<AccountRow> rows = accounts.page(AccountFilter.ALL, AccountSort.BY_NAME, 0, 100);
        List<String> sortable = grid().getColumns().stream()
                .filter(Grid.Column::isSortable)
                .map(Grid.Column::getKey)
                .filter(key -> !key.startsWith("cf"))
                .toList();
        assertThat(sortable).containsExactlyInAnyOrderElementsOf(byColumn.keySet());
        for (String key : sortable) {
            for (SortDirection direction : SortDirection.values()) {
                com.github.mvysny.kaributesting.v10.GridKt._sort(grid(), new QuerySortOrder(key, direction));
                Comparator<AccountRow> order = byColumn.get(key).thenComparing(AccountRow::id);
                List<Long> expected = rows.stream()
                        .sorted(direction == SortDirection.ASCENDING ? order : order.reversed())
                        .map(AccountRow::id)
                        .toList();
                assertThat(shownIds()).as(key + " " + direction).isEqualTo(expected);
            }
        }
    }

    @Test
    void the_search_ignores_case_and_accents() {
        open("");
        _get(TextField.class).setValue("SAO");
        assertThat(shownIds()).containsExactly(saoPaulo);
    }

    @Test
    void the_owner_filter_shows_my_accounts() {
        open("");
        AccountScreens.chooseOwners(true);
        assertThat(AccountScreens.addressBar()).isEqualTo("accounts?owner=me");
        assertThat(shownIds()).containsExactlyInAnyOrder(acme, saoPaulo);

        long sales1 = data.userId(DemoUser.SALES_1);
        AccountScreens.chooseOwners(true, sales1);
        assertThat(AccountScreens.addressBar()).isEqualTo("accounts?owner=me%2C" + sales1);
        assertThat(shownIds()).containsExactlyInAnyOrder(acme, saoPaulo, bruno);
    }

    @Test
    void more_filters_narrow_by_won_value_and_custom_fields_together_and_the_address_keeps_them() {
        signIn(DemoUser.ADMIN);
        CustomFieldInfo tier =
                customFields.create(new CustomFieldInput("Tier", CustomFieldType.OPTION, List.of("Gold", "Silver")));
        CustomFieldInfo key = customFields.create(new CustomFieldInput("Key account", CustomFieldType.YES_NO, null));
        customValues(acme, Map.of(tier.id(), text("Gold"), key.id(), text("yes")));
        customValues(bruno, Map.of(tier.id(), text("Gold"), key.id(), text("no")));
        customValues(saoPaulo, Map.of(tier.id(), text("Silver")));
        signIn(DemoUser.USER);
        open("");

        MultiSelectComboBox<String> tiers = _get(MultiSelectComboBox.class, spec -> spec.withLabel("Tier"));
        tiers.setValue(Set.of("Gold"));
        assertThat(shownIds()).containsExactlyInAnyOrder(acme, bruno);
        Select<String> answer = _get(Select.class, spec -> spec.withLabel("Key account"));
        answer.setValue("yes");
        assertThat(shownIds()).containsExactly(acme);
        answer.setValue(null);
        rangeEnd("Won value", "From").setValue(new BigDecimal("2000"));
        String written = AccountScreens.addressBar();
        assertThat(shownIds()).containsExactly(bruno);
        assertThat(written).startsWith("accounts?");
        assertThat(written.substring("accounts?".length()).split("&"))
                .containsExactlyInAnyOrder("won=2000..", "f" + tier.id() + "=Gold");
        assertThat(_get(Details.class).getSummaryText()).isEqualTo("More filters (2)");

        // A start after the end is refused next to the field; the rows stay as they were.
        rangeEnd("Won value", "To").setValue(new BigDecimal("10"));
        MockVaadin.clientRoundtrip();
        assertThat(rangeEnd("Won value", "To").isInvalid()).isTrue();
        assertThat(rangeEnd("Won value", "To").getErrorMessage()).isEqualTo("The end comes before the start");
        assertThat(shownIds()).containsExactly(bruno);

        open("f" + tier.id() + "=Silver&f" + tier.id() + "=Gold&f" + key.id() + "=no");
        assertThat(_get(MultiSelectComboBox.class, spec -> spec.withLabel("Tier"))
                        .getValue())
                .containsExactlyInAnyOrder("Gold", "Silver");
        assertThat(shownIds()).containsExactly(bruno);
    }

    private static BigDecimalField rangeEnd(String name, String end) {
        return _get(
                BigDecimalField.class,
                spec -> spec.withPredicate(f -> f.getAriaLabel().orElse("").equals(name + " " + end)));
    }

    private static CustomValue text(String text) {
        return new CustomValue(text, null, null, null);
    }

    private void customValues(long organizationId, Map<Long, CustomValue> values) {
        OrganizationDetails org = organizations.get(organizationId);
        organizations.update(
                organizationId, org.version(), new OrganizationInput(org.name(), org.address(), org.ownerId()), values);
    }

    @Test
    void bucket_and_search_filters_combine() {
        open("");
        MultiSelectComboBox<AccountBucket> buckets = AccountScreens.bucketFilter();
        buckets.setValue(Set.of(AccountBucket.OVERDUE, AccountBucket.TODAY));
        assertThat(shownIds()).containsExactlyInAnyOrder(acme, saoPaulo);

        _get(TextField.class).setValue("acme");
        assertThat(shownIds()).containsExactly(acme);
    }

    @Test
    void the_not_contacted_filter_shows_accounts_without_recent_done_activity() {
        open("");
        _get(IntegerField.class).setValue(30);
        assertThat(shownIds()).containsExactlyInAnyOrder(acme, bruno, saoPaulo);
        _get(IntegerField.class).setValue(0);
        assertThat(_get(IntegerField.class).isInvalid()).isTrue();
    }

    @Test
    void the_url_restores_filters_and_sort() {
        AccountListView view = open("q=ltda&bucket=today,overdue&sort=won_value&dir=desc");

        assertThat(_get(TextField.class).getValue()).isEqualTo("ltda");
        assertThat(AccountScreens.bucketFilter().getValue())
                .isEqualTo(Set.of(AccountBucket.TODAY, AccountBucket.OVERDUE));
        assertThat(shownIds()).containsExactly(saoPaulo);
        assertThat(grid().getSortOrder()).singleElement().satisfies(o -> {
            assertThat(o.getSorted().getKey()).isEqualTo("wonValue");
            assertThat(o.getDirection()).isEqualTo(SortDirection.DESCENDING);
        });
    }

    @Test
    void changing_a_filter_writes_it_to_the_url() {
        open("");
        _get(TextField.class).setValue("acme");
        assertThat(AccountScreens.addressBar()).isEqualTo("accounts?q=acme");
    }

    @Test
    void invalid_url_parameters_fall_back_to_defaults() {
        open("owner=x&bucket=nope&nc=-4&sort=%27drop&dir=sideways&cf=abc");
        assertThat(_get(TextField.class).getValue()).isEmpty();
        assertThat(AccountScreens.bucketFilter().getValue()).isEmpty();
        assertThat(_get(IntegerField.class).getValue()).isNull();
        assertThat(grid().getSortOrder()).singleElement().satisfies(o -> {
            assertThat(o.getSorted().getKey()).isEqualTo("name");
            assertThat(o.getDirection()).isEqualTo(SortDirection.ASCENDING);
        });
        assertThat(shownIds()).hasSize(3);
    }

    @Test
    void clicking_a_tile_applies_its_filter_and_marks_it() {
        open("");
        KpiTiles tiles = _get(KpiTiles.class);
        assertThat(tiles.valueOf(KpiTiles.Tile.ACCOUNTS)).isEqualTo("3");
        assertThat(tiles.valueOf(KpiTiles.Tile.OVERDUE)).isEqualTo("1");

        var card = tiles.card(KpiTiles.Tile.NO_ACTIVITY);
        com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent(
                card.getElement(), new DomEvent(card.getElement(), "click", Json.createObject()));

        assertThat(shownIds()).containsExactly(bruno);
        assertThat(card.getElement().getClassList()).contains("active");
        assertThat(card.getElement().getAttribute("aria-pressed")).isEqualTo("true");
    }

    @Test
    void the_footer_counts_and_sums_the_filter() {
        open("bucket=overdue,today");
        String footer = grid().getFooterRows()
                .get(0)
                .getCell(grid().getColumnByKey("name"))
                .getText();
        assertThat(footer).isEqualTo("2 accounts");
        assertThat(grid().getFooterRows()
                        .get(0)
                        .getCell(grid().getColumnByKey("wonValue"))
                        .getText())
                .contains("1,500.00");
    }

    @Test
    void with_no_accounts_the_empty_state_explains_how_accounts_appear() {
        data.reset();
        signIn(DemoUser.USER);
        open("");
        assertThat(_size(grid())).isZero();
        assertThat(grid().getEmptyStateComponent().getElement().getTextRecursively())
                .contains("as soon as one of its deals is won");
        assertThat(_find(Anchor.class, spec -> spec.withText("Go to deals"))).hasSize(1);
    }

    @Test
    void with_a_filter_that_matches_nothing_the_empty_state_offers_to_clear_it() {
        open("q=nothing-like-this");
        assertThat(_size(grid())).isZero();
        Button clear = _get(Button.class, spec -> spec.withText("Clear filters"));
        clear.click();
        assertThat(shownIds()).hasSize(3);
    }

    @Test
    void the_chosen_columns_are_remembered_for_the_user() {
        open("");
        assertThat(AccountScreens.visibleColumns()).contains("owner", "people");
        ContextMenuKt._clickItemWithCaption(_get(MenuBar.class, spec -> spec.withClasses("contas-columns")), "People");
        assertThat(AccountScreens.visibleColumns()).doesNotContain("people");

        ui().navigate("deals");
        AccountListView again = open("");
        assertThat(AccountScreens.visibleColumns()).doesNotContain("people").contains("owner");
    }
}
