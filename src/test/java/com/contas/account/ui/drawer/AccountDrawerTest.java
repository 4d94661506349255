package com.contas.account.ui.drawer;

import static com.contas.testsupport.MutableClock.TODAY;
import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.ShortcutsKt._fireShortcut;
import static org.assertj.core.api.Assertions.assertThat;

import com.contas.account.AccountBucket;
import com.contas.account.AccountQueries;
import com.contas.account.AccountRow;
import com.contas.account.AccountSummaryMaintainer;
import com.contas.account.ui.AccountFilterBar;
import com.contas.account.ui.AccountScreens;
import com.contas.account.ui.board.AccountBoardView;
import com.contas.account.ui.list.AccountListView;
import com.contas.activity.ActivityDetails;
import com.contas.activity.ActivityInput;
import com.contas.activity.ActivityService;
import com.contas.activity.ActivityType;
import com.contas.common.Option;
import com.contas.deal.DealDetails;
import com.contas.deal.DealInput;
import com.contas.deal.DealService;
import com.contas.detail.ui.ActivitiesSection;
import com.contas.file.FileService;
import com.contas.link.Links;
import com.contas.note.NoteService;
import com.contas.organization.OrganizationInput;
import com.contas.organization.OrganizationService;
import com.contas.person.PersonDetails;
import com.contas.person.PersonInput;
import com.contas.person.PersonService;
import com.contas.security.DemoUser;
import com.contas.testsupport.KaribuTestBase;
import com.contas.testsupport.Screen;
import com.contas.testsupport.StatementCounter;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AccountDrawerTest extends KaribuTestBase {

    @Autowired
    OrganizationService organizations;

    @Autowired
    DealService deals;

    @Autowired
    PersonService people;

    @Autowired
    ActivityService activities;

    @Autowired
    NoteService notes;

    @Autowired
    FileService files;

    @Autowired
    AccountQueries accounts;

    @Autowired
    AccountSummaryMaintainer summaries;

    @Autowired
    StatementCounter statements;

    long me;
    long acme;
    long prospect;
    ActivityDetails call;

    @BeforeEach
    void signInAndCreateAnAccount() {
        signIn(DemoUser.USER);
        me = data.userId(DemoUser.USER);
        acme = organizations
                .create(new OrganizationInput("Acme Corp", "Rua A, 1", me))
                .id();
        DealDetails won =
                deals.create(new DealInput("First order", new BigDecimal("1000"), "BRL", acme, null, me, null, null));
        deals.markWon(won.id(), won.version());
        call = activities.schedule(new ActivityInput(
                ActivityType.CALL, "Satisfaction call", TODAY.minusDays(1), null, null, null, acme, null, null, me));
        prospect = organizations
                .create(new OrganizationInput("Prospect Ltd", null, me))
                .id();
    }

    private AccountDrawer openOverList(long id) {
        UI.getCurrent().navigate("accounts/" + id);
        return _get(AccountDrawer.class);
    }

    private static String text(Component c) {
        return Screen.visibleText(c);
    }

    private static List<String> notifications() {
        return Screen.notifications();
    }

    private static <T extends Component> T in(Component parent, Class<T> type, String label) {
        return _get(parent, type, spec -> spec.withLabel(label));
    }

    private static Button button(Component parent, String caption) {
        return _get(parent, Button.class, spec -> spec.withText(caption));
    }

    private static Button iconButton(Component parent, String ariaLabel) {
        return _find(parent, Button.class).stream()
                .filter(b -> ariaLabel.equals(b.getElement().getAttribute("aria-label")))
                .findFirst()
                .orElseThrow();
    }

    private static void select(AccountDrawer drawer, String tabLabelStart) {
        Tab tab = _find(drawer, Tab.class).stream()
                .filter(t -> t.getLabel().startsWith(tabLabelStart))
                .findFirst()
                .orElseThrow();
        _get(drawer, com.vaadin.flow.component.tabs.TabSheet.class).setSelectedTab(tab);
    }

    private static Div section(AccountDrawer drawer, String className) {
        return _find(drawer, Div.class).stream()
                .filter(d -> d.hasClassName(className))
                .findFirst()
                .orElseThrow();
    }

    // ---- opening and closing

    @Test
    void a_row_click_opens_the_drawer_over_the_list_and_close_returns_to_the_list_with_its_filters() {
        UI.getCurrent().navigate("accounts", com.vaadin.flow.router.QueryParameters.of("q", "acme"));
        Grid<AccountRow> grid = _get(Grid.class);
        _clickItem(grid, 0);

        AccountDrawer drawer = _get(AccountDrawer.class);
        assertThat(drawer.isVisible()).isTrue();
        assertThat(_get(drawer, H2.class).getText()).isEqualTo("Acme Corp");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("accounts/" + acme + "?q=acme");
        assertThat(_get(AccountListView.class).isAttached()).isTrue();

        iconButton(drawer, "Close").click();

        assertThat(drawer.isVisible()).isFalse();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("accounts?q=acme");
        assertThat(_get(_get(AccountFilterBar.class), TextField.class).getValue())
                .isEqualTo("acme");
    }

    @Test
    void escape_closes_the_drawer() {
        AccountDrawer drawer = openOverList(acme);
        _fireShortcut(drawer, Key.ESCAPE);
        assertThat(drawer.isVisible()).isFalse();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("accounts");
    }

    @Test
    void the_drawer_links_to_the_organizations_own_page() {
        AccountDrawer drawer = openOverList(acme);
        Anchor page = _get(drawer, Anchor.class, spec -> spec.withClasses("contas-drawer-page-link"));
        assertThat(page.getHref()).isEqualTo("organizations/" + acme);
        assertThat(page.getElement().getAttribute("aria-label")).isEqualTo("Open the page of Acme Corp");
    }

    @Test
    void the_deep_link_opens_the_drawer_over_the_list_and_the_board() {
        AccountDrawer overList = openOverList(acme);
        assertThat(overList.isVisible()).isTrue();
        assertThat(text(overList)).contains("Acme Corp");

        UI.getCurrent().navigate("accounts/board/" + acme);
        AccountDrawer overBoard = _get(AccountDrawer.class);
        assertThat(_find(AccountBoardView.class)).hasSize(1);
        assertThat(overBoard.isVisible()).isTrue();
        assertThat(_get(overBoard, H2.class).getText()).isEqualTo("Acme Corp");
    }

    @Test
    void a_board_card_click_opens_the_drawer_over_the_board() {
        UI.getCurrent().navigate("accounts/board");
        var board = AccountScreens.board();
        AccountRow card = board.getItems(AccountBucket.OVERDUE).get(0);
        com.vaadin.flow.component.ComponentUtil.fireEvent(
                board, new com.contas.kanban.CardClickedEvent<>(board, true, card));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("accounts/board/" + acme);
        assertThat(_get(_get(AccountDrawer.class), H2.class).getText()).isEqualTo("Acme Corp");
    }

    @Test
    void an_unknown_id_and_an_organization_that_is_not_an_account_get_a_friendly_message() {
        AccountDrawer drawer = openOverList(999_999);
        assertThat(text(drawer)).contains("Account not found");
        drawer = openOverList(prospect);
        assertThat(text(drawer)).contains("Account not found").doesNotContain("Prospect Ltd");
    }

    @Test
    void the_header_shows_owner_numbers_next_activity_and_a_breakdown_when_deals_use_several_currencies() {
        DealDetails usd =
                deals.create(new DealInput("Export", new BigDecimal("200"), "USD", acme, null, me, null, null));
        deals.markWon(usd.id(), usd.version());
        deals.create(new DealInput("Renewal", new BigDecimal("300"), "BRL", acme, null, me, null, null));

        AccountDrawer drawer = openOverList(acme);
        String header = text(drawer);
        assertThat(header)
                .contains(data.user(DemoUser.USER).displayName())
                .contains("2 won")
                .contains("1 open")
                .contains("Satisfaction call")
                .contains("Satisfaction call");
        // The per-currency breakdown reads as a table: a row a currency, a column a status.
        NativeTable table = _get(drawer, NativeTable.class, spec -> spec.withClasses("contas-drawer-currencies"));
        assertThat(table.getHead().getRow(0).orElseThrow().getHeaderCells().stream()
                        .map(NativeTableHeaderCell::getText))
                .containsExactly("Currency", "Won", "Open", "Lost");
        Map<String, List<String>> rows = table.getBody().getRows().stream()
                .collect(Collectors.toMap(
                        row -> row.getHeaderCell(0).orElseThrow().getText(),
                        row -> row.getDataCells().stream()
                                .map(NativeTableCell::getText)
                                .toList()));
        // No exchange rate for dollars here: the row says so, its deals are not in the totals.
        String dollars = "USD (no exchange rate: not in the totals)";
        assertThat(rows).containsOnlyKeys("BRL", dollars);
        assertThat(rows.get(dollars)).containsExactly("1 · $200.00", "–", "–");
        assertThat(rows.get("BRL")).containsExactly("1 · R$1,000.00", "1 · R$300.00", "–");
    }

    // ---- activities

    @Test
    void scheduling_an_activity_in_the_drawer_updates_the_list_behind() {
        UI.getCurrent().navigate("accounts");
        Grid<AccountRow> grid = _get(Grid.class);
        _clickItem(grid, 0);
        AccountDrawer drawer = _get(AccountDrawer.class);

        button(drawer, "Schedule activity").click();
        Dialog dialog = _get(Dialog.class);
        in(dialog, TextField.class, "Subject").setValue("Renewal meeting");
        in(dialog, DatePicker.class, "Date").setValue(TODAY.minusDays(5));
        button(dialog, "Schedule").click();

        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(text(section(drawer, "contas-drawer-activities"))).contains("Renewal meeting");
        assertThat(accounts.details(acme).orElseThrow().row().nextActivity().subject())
                .isEqualTo("Renewal meeting");
        assertThat(_getFormattedRow(grid, 0).toString()).contains("Renewal meeting");
    }

    @Test
    void the_activity_form_shows_bad_input_next_to_the_field_and_writes_nothing() {
        AccountDrawer drawer = openOverList(acme);
        button(drawer, "Schedule activity").click();
        Dialog dialog = _get(Dialog.class);
        in(dialog, TextField.class, "Subject").setValue("  ");
        button(dialog, "Schedule").click();

        TextField subject = in(dialog, TextField.class, "Subject");
        assertThat(subject.isInvalid()).isTrue();
        assertThat(subject.getErrorMessage()).isEqualTo("Required");
        assertThat(data.jdbc().queryForObject("select count(*) from activity", Long.class))
                .isEqualTo(1);
    }

    @Test
    void an_activity_is_edited_marked_done_and_undone_and_deleted_to_the_trash() {
        AccountDrawer drawer = openOverList(acme);
        Div list = section(drawer, "contas-drawer-activities");
        assertThat(_find(list, Div.class).stream()
                        .filter(d -> d.hasClassName("contas-activity"))
                        .findFirst()
                        .orElseThrow()
                        .hasClassName("overdue"))
                .isTrue();

        iconButton(list, "Edit Satisfaction call").click();
        Dialog dialog = _get(Dialog.class);
        in(dialog, TextField.class, "Subject").setValue("Satisfaction call (moved)");
        button(dialog, "Save").click();
        assertThat(activities.get(call.id()).subject()).isEqualTo("Satisfaction call (moved)");

        _get(list, Checkbox.class).setValue(true);
        assertThat(activities.get(call.id()).done()).isTrue();
        assertThat(accounts.details(acme).orElseThrow().row().nextActivity()).isNull();
        assertThat(_get(list, Checkbox.class).getValue()).isTrue();

        _get(list, Checkbox.class).setValue(false);
        assertThat(activities.get(call.id()).done()).isFalse();

        iconButton(list, "Delete Satisfaction call (moved)").click();
        assertThat(data.jdbc()
                        .queryForObject(
                                "select deleted_at is not null from activity where id = ?", Boolean.class, call.id()))
                .isTrue();
        assertThat(text(list)).contains("No activities yet");
    }

    @Test
    void acting_on_an_activity_someone_else_changed_is_refused_and_the_list_shows_the_current_state() {
        AccountDrawer drawer = openOverList(acme);
        Div list = section(drawer, "contas-drawer-activities");
        activities.reschedule(call.id(), call.version(), TODAY.plusDays(3), null);

        _get(list, Checkbox.class).setValue(true);

        assertThat(activities.get(call.id()).done()).isFalse();
        assertThat(notifications()).anySatisfy(n -> assertThat(n).contains("Someone else changed"));
        assertThat(_get(list, Checkbox.class).getValue()).isFalse();
    }

    // ---- notes

    @Test
    void notes_are_added_pinned_first_edited_and_deleted() {
        AccountDrawer drawer = openOverList(acme);
        select(drawer, "Notes");
        Div section = section(drawer, "contas-drawer-notes");
        in(section, TextArea.class, "New note").setValue("First note");
        button(section, "Add note").click();
        in(section, TextArea.class, "New note").setValue("Second note\nwith two lines");
        button(section, "Add note").click();

        assertThat(in(section, TextArea.class, "New note").getValue()).isEmpty();
        List<String> shown = noteTexts(section);
        assertThat(shown).containsExactly("Second note\nwith two lines", "First note");

        iconButton(section, "Pin First note").click();
        assertThat(noteTexts(section)).containsExactly("First note", "Second note\nwith two lines");

        iconButton(section, "Edit First note").click();
        in(section, TextArea.class, "Note").setValue("First note, edited");
        button(section, "Save").click();
        assertThat(noteTexts(section)).first().isEqualTo("First note, edited");

        iconButton(section, "Delete Second note\nwith two lines").click();
        assertThat(noteTexts(section)).containsExactly("First note, edited");
        assertThat(tabLabels(drawer)).contains("Notes (1)");
    }

    private static List<String> noteTexts(Div section) {
        return _find(section, Div.class).stream()
                .filter(d -> d.hasClassName("contas-plain-text"))
                .map(d -> d.getElement().getTextRecursively())
                .toList();
    }

    private static List<String> tabLabels(AccountDrawer drawer) {
        return _find(drawer, Tab.class).stream().map(Tab::getLabel).toList();
    }

    @Test
    void a_blank_or_twenty_thousand_character_note_is_refused_next_to_the_field() {
        AccountDrawer drawer = openOverList(acme);
        select(drawer, "Notes");
        Div section = section(drawer, "contas-drawer-notes");
        TextArea area = in(section, TextArea.class, "New note");

        area.setValue("   \n  ");
        button(section, "Add note").click();
        assertThat(area.isInvalid()).isTrue();
        assertThat(area.getErrorMessage()).isEqualTo("Required");

        area.setValue("x".repeat(20_000));
        button(section, "Add note").click();
        assertThat(area.isInvalid()).isTrue();
        assertThat(area.getErrorMessage()).contains("10,000");
        assertThat(area.getValue()).hasSize(20_000);
        assertThat(data.jdbc().queryForObject("select count(*) from note", Long.class))
                .isZero();
    }

    @Test
    void markup_in_a_note_is_shown_as_text_and_web_addresses_become_safe_links() {
        String body = "<script>alert(1)</script> <img src=x onerror=alert(2)> see https://example.com/a?b=1. "
                + "javascript:alert(3)";
        notes.add(body, new Links(acme, null, null));
        AccountDrawer drawer = openOverList(acme);
        select(drawer, "Notes");
        Div note = _find(section(drawer, "contas-drawer-notes"), Div.class).stream()
                .filter(d -> d.hasClassName("contas-plain-text"))
                .findFirst()
                .orElseThrow();

        assertThat(note.getElement().getTextRecursively()).isEqualTo(body);
        assertThat(note.getElement()
                        .getChildren()
                        .filter(e -> !e.isTextNode())
                        .map(e -> e.getTag())
                        .toList())
                .containsExactly("a");
        Anchor link = _get(note, Anchor.class);
        assertThat(link.getHref()).isEqualTo("https://example.com/a?b=1");
        assertThat(link.getElement().getAttribute("rel")).contains("noopener").contains("noreferrer");
        assertThat(link.getElement().getProperty("innerHTML")).isNull();
    }

    // ---- files

    @Test
    void an_uploaded_file_is_listed_with_a_safe_name_and_its_bytes_are_kept() throws Exception {
        AccountDrawer drawer = openOverList(acme);
        select(drawer, "Files");
        Div section = section(drawer, "contas-drawer-files");
        byte[] bytes = "hello, file".getBytes(StandardCharsets.UTF_8);
        UploadKt._upload(_get(section, Upload.class), "../../etc/passwd", "text/plain", bytes);
        MockVaadin.clientRoundtrip();

        assertThat(text(section)).contains("passwd").doesNotContain("../");
        Map<String, Object> row = data.jdbc().queryForMap("select id, name from stored_file");
        assertThat((String) row.get("name")).isEqualTo("passwd");
        assertThat(files.download(((Number) row.get("id")).longValue())
                        .content()
                        .readAllBytes())
                .isEqualTo(bytes);
        assertThat(DownloadKt._download(_get(section, Anchor.class, spec -> spec.withText("passwd"))))
                .isEqualTo(bytes);
        assertThat(tabLabels(drawer)).contains("Files (1)");
    }

    @Test
    void a_name_with_control_characters_is_cleaned_and_markup_in_it_stays_text() {
        AccountDrawer drawer = openOverList(acme);
        select(drawer, "Files");
        Div section = section(drawer, "contas-drawer-files");
        UploadKt._upload(
                _get(section, Upload.class), "re\u0000port\u0007<img onerror=x>.txt", "text/plain", new byte[] {1, 2, 3
                });
        MockVaadin.clientRoundtrip();

        String stored = data.jdbc().queryForObject("select name from stored_file", String.class);
        assertThat(stored).doesNotContain("\u0000").doesNotContain("\u0007");
        Anchor link = _find(section, Anchor.class).get(0);
        assertThat(link.getText()).isEqualTo(stored);
    }

    @Test
    void an_empty_file_and_a_file_over_the_limit_are_refused_and_nothing_is_stored() {
        AccountDrawer drawer = openOverList(acme);
        select(drawer, "Files");
        Div section = section(drawer, "contas-drawer-files");
        Upload upload = _get(section, Upload.class);

        UploadKt._upload(upload, "empty.txt", "text/plain", new byte[0]);
        MockVaadin.clientRoundtrip();
        assertThat(text(section)).contains("empty.txt was not saved: The file is empty");

        UploadKt._upload(upload, "huge.bin", "application/octet-stream", new byte[(int) files.maxSizeBytes() + 1]);
        MockVaadin.clientRoundtrip();
        assertThat(text(section)).contains("huge.bin was not saved: The file is too large: at most 25 MB");
        assertThat(data.jdbc().queryForObject("select count(*) from stored_file", Long.class))
                .isZero();
        assertThat(data.jdbc().queryForObject("select count(*) from stored_file_content", Long.class))
                .isZero();
    }

    // ---- deals and people

    @Test
    void deals_are_listed_won_first_then_open_then_lost_with_value_and_currency() {
        deals.create(new DealInput("Upsell", new BigDecimal("300"), "BRL", acme, null, me, null, null));
        DealDetails lost =
                deals.create(new DealInput("Lost one", new BigDecimal("50"), "USD", acme, null, me, null, null));
        deals.markLost(lost.id(), lost.version(), "Too expensive");
        AccountDrawer drawer = openOverList(acme);
        select(drawer, "Deals");
        Div section = section(drawer, "contas-drawer-deals");

        List<String> rows = _find(section, Div.class).stream()
                .filter(d -> d.hasClassName("contas-deal"))
                .map(d -> d.getElement().getTextRecursively())
                .toList();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).contains("First order").contains("Won");
        assertThat(rows.get(1)).contains("Upsell").contains("Open");
        assertThat(rows.get(2))
                .contains("Lost one")
                .contains("Too expensive")
                .contains("Lost")
                .contains("$");
        assertThat(_find(section, Anchor.class))
                .extracting(Anchor::getHref)
                .contains("deals/" + lost.id())
                .hasSize(3);
    }

    @Test
    void a_deal_added_won_lost_with_a_reason_and_reopened_in_the_drawer_moves_the_accounts_numbers_at_once() {
        AccountDrawer drawer = openOverList(acme);
        select(drawer, "Deals");
        Div section = section(drawer, "contas-drawer-deals");
        button(section, "New deal").click();
        Dialog dialog = _get(Dialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("New deal with Acme Corp");
        in(dialog, TextField.class, "Title").setValue("Renewal 2027");
        in(dialog, BigDecimalField.class, "Value").setValue(new BigDecimal("2500"));
        button(dialog, "Save").click();

        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(text(section)).contains("Renewal 2027");
        assertThat(accounts.details(acme).orElseThrow().row().openCount()).isEqualTo(1);
        assertThat(tabLabels(drawer)).contains("Deals (2)");

        iconButton(section, "Edit Renewal 2027").click();
        button(_get(Dialog.class), "Mark won").click();
        assertThat(accounts.details(acme).orElseThrow().row().wonCount()).isEqualTo(2);
        assertThat(accounts.details(acme).orElseThrow().row().wonValue()).isEqualByComparingTo("3500");
        assertThat(text(drawer)).contains("2 won");

        iconButton(section, "Edit Renewal 2027").click();
        button(_get(Dialog.class), "Mark lost").click();
        Dialog reason = _find(Dialog.class).get(1);
        in(reason, TextField.class, "Why was it lost?").setValue("Budget cut");
        button(reason, "Mark lost").click();
        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(accounts.details(acme).orElseThrow().row().wonCount()).isEqualTo(1);
        assertThat(text(section)).contains("Budget cut");

        iconButton(section, "Edit Renewal 2027").click();
        button(_get(Dialog.class), "Reopen").click();
        assertThat(accounts.details(acme).orElseThrow().row().openCount()).isEqualTo(1);
    }

    @Test
    void a_person_of_another_organization_is_linked_and_removed_again_and_stays_in_the_crm() {
        PersonDetails bia = people.create(new PersonInput("Bia Prospect", prospect, me, List.of(), List.of()));
        AccountDrawer drawer = openOverList(acme);
        select(drawer, "People");
        Div section = section(drawer, "contas-drawer-people");
        @SuppressWarnings("unchecked")
        ComboBox<Option> link = in(section, ComboBox.class, "Link an existing person");
        link.setValue(new Option(bia.id(), "Bia Prospect"));

        assertThat(people.get(bia.id()).organizationId()).isEqualTo(acme);
        assertThat(text(section)).contains("Bia Prospect");
        assertThat(tabLabels(drawer)).contains("People (1)");
        assertThat(link.getValue()).isNull();

        iconButton(section, "Remove Bia Prospect from Acme Corp").click();

        assertThat(people.get(bia.id()).organizationId()).isNull();
        assertThat(text(section)).doesNotContain("Bia Prospect");
        assertThat(tabLabels(drawer)).contains("People (0)");
    }

    @Test
    void a_person_is_added_to_the_organization_edited_and_a_bad_email_is_refused_next_to_the_field() {
        AccountDrawer drawer = openOverList(acme);
        select(drawer, "People");
        Div section = section(drawer, "contas-drawer-people");
        button(section, "Add person").click();
        Dialog dialog = _get(Dialog.class);
        in(dialog, TextField.class, "Name").setValue("Ana Lima");
        in(dialog, TextArea.class, "E-mails").setValue("not-an-email");
        button(dialog, "Save").click();

        assertThat(in(dialog, TextArea.class, "E-mails").isInvalid()).isTrue();
        assertThat(data.jdbc().queryForObject("select count(*) from person", Long.class))
                .isZero();

        in(dialog, TextArea.class, "E-mails").setValue("ana@acme.example");
        in(dialog, TextArea.class, "Phones").setValue("+55 11 91234-5678");
        button(dialog, "Save").click();

        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(text(section))
                .contains("Ana Lima")
                .contains("ana@acme.example")
                .contains("+55 11 91234-5678");
        assertThat(accounts.details(acme).orElseThrow().row().peopleCount()).isEqualTo(1);
        assertThat(tabLabels(drawer)).contains("People (1)");

        iconButton(section, "Edit Ana Lima").click();
        dialog = _get(Dialog.class);
        in(dialog, TextField.class, "Name").setValue("Ana Lima Souza");
        button(dialog, "Save").click();

        assertThat(text(section)).contains("Ana Lima Souza");
        assertThat(accounts.details(acme).orElseThrow().row().peopleCount()).isEqualTo(1);
    }

    // ---- fields

    @Test
    void a_change_saved_in_the_drawer_is_the_organization_and_a_service_change_shows_in_the_drawer() {
        long field = customField("Segment", "TEXT", null);
        long budget = customField("Budget", "MONEY", null);
        AccountDrawer drawer = openOverList(acme);
        select(drawer, "Details");
        Div section = section(drawer, "contas-drawer-fields");
        in(section, TextField.class, "Name").setValue("Acme Corporation");
        in(section, TextField.class, "Segment").setValue("Retail");
        in(section, BigDecimalField.class, "Budget").setValue(new BigDecimal("1234.50"));
        button(section, "Save").click();

        var org = organizations.get(acme);
        assertThat(org.name()).isEqualTo("Acme Corporation");
        assertThat(data.jdbc()
                        .queryForObject(
                                "select text_value from custom_field_value where field_id = ?", String.class, field))
                .isEqualTo("Retail");
        assertThat(data.jdbc()
                        .queryForObject(
                                "select currency from custom_field_value where field_id = ?", String.class, budget))
                .isEqualTo("BRL");
        assertThat(_get(drawer, H2.class).getText()).isEqualTo("Acme Corporation");

        organizations.update(acme, org.version(), new OrganizationInput("Acme S.A.", "Rua B, 2", me));
        drawer = openOverList(prospect);
        drawer = openOverList(acme);
        select(drawer, "Details");
        section = section(drawer, "contas-drawer-fields");
        assertThat(in(section, TextField.class, "Name").getValue()).isEqualTo("Acme S.A.");
        assertThat(in(section, TextArea.class, "Address").getValue()).isEqualTo("Rua B, 2");
        assertThat(in(section, TextField.class, "Segment").getValue()).isEqualTo("Retail");
    }

    @Test
    void bad_custom_values_are_refused_next_to_their_fields_and_nothing_is_written() {
        customField("Tier", "OPTION", "Gold\nSilver");
        long number = customField("Employees", "NUMBER", null);
        AccountDrawer drawer = openOverList(acme);
        select(drawer, "Details");
        Div section = section(drawer, "contas-drawer-fields");
        in(section, TextField.class, "Name").setValue("");
        in(section, BigDecimalField.class, "Employees").setValue(new BigDecimal("1.23456"));
        button(section, "Save").click();

        assertThat(in(section, TextField.class, "Name").getErrorMessage()).isEqualTo("Required");
        assertThat(in(section, BigDecimalField.class, "Employees").getErrorMessage())
                .isEqualTo("At most 4 decimal places");
        assertThat(organizations.get(acme).name()).isEqualTo("Acme Corp");
        assertThat(data.jdbc()
                        .queryForObject(
                                "select count(*) from custom_field_value where field_id = ?", Long.class, number))
                .isZero();
        assertThat(in(section, ComboBox.class, "Tier")
                        .getListDataView()
                        .getItems()
                        .toList())
                .containsExactly("Gold", "Silver");
    }

    @Test
    void a_version_conflict_is_explained_and_what_was_typed_stays_until_the_user_reloads() {
        AccountDrawer drawer = openOverList(acme);
        select(drawer, "Details");
        Div section = section(drawer, "contas-drawer-fields");
        var org = organizations.get(acme);
        organizations.update(acme, org.version(), new OrganizationInput("Acme (theirs)", null, me));

        in(section, TextField.class, "Name").setValue("Acme (mine)");
        button(section, "Save").click();

        assertThat(organizations.get(acme).name()).isEqualTo("Acme (theirs)");
        assertThat(text(section))
                .contains("Someone else changed this organization after you opened it. What you typed is still here");
        assertThat(in(section, TextField.class, "Name").getValue()).isEqualTo("Acme (mine)");
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        confirm.close();
        assertThat(in(section, TextField.class, "Name").getValue()).isEqualTo("Acme (mine)");

        button(section, "Reload").click();
        ConfirmDialog again = _get(ConfirmDialog.class);
        com.vaadin.flow.component.ComponentUtil.fireEvent(again, new ConfirmDialog.ConfirmEvent(again, true));
        assertThat(in(section(drawer, "contas-drawer-fields"), TextField.class, "Name")
                        .getValue())
                .isEqualTo("Acme (theirs)");
    }

    private long customField(String name, String type, String options) {
        long id = 900 + data.jdbc().queryForObject("select count(*) from custom_field", Long.class);
        data.jdbc()
                .update(
                        "insert into custom_field (id, name, type, options, position, created_at) "
                                + "values (?, ?, ?, ?, ?, current_timestamp)",
                        id,
                        name,
                        type,
                        options,
                        (int) id);
        return id;
    }

    // ---- history

    @Test
    void the_history_shows_changes_done_activities_and_notes_newest_first_with_user_names() {
        var org = organizations.get(acme);
        clock.set(clock.instant().plusSeconds(60));
        organizations.update(
                acme, org.version(), new OrganizationInput("Acme Two", null, data.userId(DemoUser.SALES_1)));
        clock.set(clock.instant().plusSeconds(60));
        activities.markDone(call.id(), call.version());
        clock.set(clock.instant().plusSeconds(60));
        notes.add("Called, all good", new Links(acme, null, null));

        AccountDrawer drawer = openOverList(acme);
        select(drawer, "History");
        List<String> entries = _find(section(drawer, "contas-drawer-history"), Div.class).stream()
                .filter(d -> d.hasClassName("contas-item"))
                .map(d -> d.getElement().getTextRecursively())
                .toList();

        assertThat(entries.get(0)).contains("wrote a note").contains("Called, all good");
        assertThat(entries.get(1)).contains("completed a Call: Satisfaction call");
        assertThat(entries).anySatisfy(e -> assertThat(e).contains("name").contains("Acme Corp → Acme Two"));
        assertThat(entries)
                .anySatisfy(e -> assertThat(e)
                        .contains("owner")
                        .contains(data.user(DemoUser.USER).displayName() + " → "
                                + data.user(DemoUser.SALES_1).displayName()));
    }

    // ---- numbers follow, and the cost of opening

    @Test
    void a_change_in_the_drawer_updates_the_board_columns_behind() {
        UI.getCurrent().navigate("accounts/board/" + acme);
        var board = AccountScreens.board();
        assertThat(board.getItems(AccountBucket.OVERDUE))
                .extracting(AccountRow::id)
                .containsExactly(acme);
        AccountDrawer drawer = _get(AccountDrawer.class);

        _get(section(drawer, "contas-drawer-activities"), Checkbox.class).setValue(true);

        assertThat(board.getItems(AccountBucket.OVERDUE)).isEmpty();
        assertThat(board.getItems(AccountBucket.NO_ACTIVITY))
                .extracting(AccountRow::id)
                .containsExactly(acme);
    }

    @Test
    void opening_the_drawer_costs_at_most_ten_statements_with_500_deals_and_2000_activities() {
        bulk(acme, 500, 2000);
        UI.getCurrent().navigate("accounts");
        Grid<AccountRow> grid = _get(Grid.class);

        long count = statements.countDuring(() -> _clickItem(grid, 0));

        AccountDrawer drawer = _get(AccountDrawer.class);
        assertThat(tabLabels(drawer)).contains("Activities (2001)", "Deals (501)");
        assertThat(_find(section(drawer, "contas-drawer-activities"), Div.class).stream()
                        .filter(d -> d.hasClassName("contas-activity"))
                        .count())
                .isEqualTo(ActivitiesSection.PAGE);
        assertThat(count).isLessThanOrEqualTo(10);
    }

    private void bulk(long organizationId, int dealCount, int activityCount) {
        Timestamp now = Timestamp.from(clock.instant());
        long stage = data.jdbc().queryForObject("select min(id) from deal_stage", Long.class);
        List<Object[]> dealRows = new ArrayList<>();
        for (int i = 0; i < dealCount; i++) {
            dealRows.add(new Object[] {
                "Bulk deal " + i,
                new BigDecimal(10 + i),
                i % 2 == 0 ? "WON" : "OPEN",
                i % 2 == 0 ? now : null,
                organizationId,
                me,
                stage,
                now,
                now
            });
        }
        data.jdbc()
                .batchUpdate(
                        "insert into deal (title, value, currency, status, won_at, organization_id, owner_id, "
                                + "stage_id, created_at, updated_at) values (?, ?, 'BRL', ?, ?, ?, ?, ?, ?, ?)",
                        dealRows);
        List<Object[]> activityRows = new ArrayList<>();
        for (int i = 0; i < activityCount; i++) {
            activityRows.add(new Object[] {
                "Bulk activity " + i,
                java.sql.Date.valueOf(TODAY.plusDays(i % 60)),
                i % 3 == 0,
                i % 3 == 0 ? now : null,
                organizationId,
                me,
                now,
                now
            });
        }
        data.jdbc()
                .batchUpdate(
                        "insert into activity (type, subject, due_date, done, done_at, organization_id, "
                                + "assignee_id, created_at, updated_at) values ('CALL', ?, ?, ?, ?, ?, ?, ?, ?)",
                        activityRows);
        summaries.refresh(List.of(organizationId));
    }
}
