package com.contas.account.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._getItemDetailsComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.contas.account.AccountBucket;
import com.contas.account.AccountRow;
import com.contas.account.ui.list.AccountListView;
import com.contas.kanban.KanbanBoard;
import com.contas.kanban.KanbanBrowser;
import com.contas.security.DemoUser;
import com.contas.shell.ScreenWidth;
import com.contas.testsupport.Accounts;
import com.contas.testsupport.KaribuTestBase;
import com.contas.testsupport.Screen;
import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import elemental.json.Json;
import elemental.json.JsonObject;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The accounts list and board in a phone's window (390 CSS pixels wide), as the browser reports it
 * when the window is resized; Karibu's own window is a desktop's.
 */
class PhoneLayoutTest extends KaribuTestBase {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 11);

    @Autowired
    Accounts given;

    long acme;

    @BeforeEach
    void accounts() {
        signIn(DemoUser.USER);
        long me = data.userId(DemoUser.USER);
        acme = given.account("Acme Corp", me, "1000");
        given.call(acme, "Renewal call", TODAY.minusDays(2), me);
    }

    /** The browser's window now measures {@code width} CSS pixels (a resize or a rotation). */
    private static void windowIs(int width) {
        Element root = ui().getElement();
        JsonObject size = Json.createObject();
        size.put("event.w", width);
        size.put("event.h", 844);
        size.put("for", "trailing"); // the page hears a resize at the end of its 300 ms debounce
        ElementUtilsKt._fireDomEvent(root, new DomEvent(root, "window-resize", size));
    }

    @SuppressWarnings("unchecked")
    private static Grid<AccountRow> grid() {
        return _get(Grid.class, spec -> spec.withClasses("contas-accounts"));
    }

    @Test
    void a_desktop_window_shows_the_chosen_columns_and_a_row_opens_the_drawer() {
        ui().navigate("accounts");
        assertThat(AccountScreens.visibleColumns()).contains("owner", "since", "wonCount", "last");
        // Once the width is known the stylesheet shows the grid (a phone hides it until then).
        assertThat(_get(AccountListView.class).getClassNames()).contains(ScreenWidth.LAID_OUT_CLASS);

        _clickItem(grid(), 0);

        assertThat(ui().getInternals().getActiveViewLocation().getPath()).isEqualTo("accounts/" + acme);
    }

    @Test
    void on_a_phone_the_list_shows_name_next_activity_and_won_value_and_a_tapped_row_shows_the_rest() {
        ui().navigate("accounts");
        List<String> desktop = AccountScreens.visibleColumns();

        windowIs(390);

        assertThat(AccountScreens.visibleColumns()).containsExactlyInAnyOrder("name", "next", "wonValue");
        assertThat(_find(MenuBar.class, spec -> spec.withClasses("contas-columns")))
                .as("no column chooser: a phone shows its three")
                .isEmpty();
        Grid<AccountRow> grid = grid();
        _clickItem(grid, 0, grid.getColumnByKey("wonValue"));
        assertThat(grid.isDetailsVisible(_get(grid, 0))).isTrue();
        assertThat(ui().getInternals().getActiveViewLocation().getPath()).isEqualTo("accounts");
        String details = Screen.visibleText(_getItemDetailsComponent(grid, 0));
        assertThat(details).contains("Owner", "Lucas Ferreira", "Last activity");
        assertThat(details).doesNotContain("Renewal call");

        _clickItem(grid, 0, grid.getColumnByKey("wonValue"));
        assertThat(grid.isDetailsVisible(_get(grid, 0))).isFalse();

        windowIs(1280);
        assertThat(AccountScreens.visibleColumns()).isEqualTo(desktop);
    }

    @Test
    void on_a_phone_a_six_figure_won_value_is_shown_without_cents_so_that_it_fits() {
        given.account("Big Client", data.userId(DemoUser.USER), "123456.78");
        ui().navigate("accounts");
        int row = rowOf("Big Client");
        assertThat(_getFormattedRow(grid(), row)).anyMatch(cell -> cell.contains("$123,456.78"));
        assertThat(_getFormattedRow(grid(), row)).noneMatch(cell -> cell.contains("$123,457"));

        windowIs(390);

        row = rowOf("Big Client");
        assertThat(_getFormattedRow(grid(), row)).anyMatch(cell -> cell.contains("$123,457"));
    }

    @Test
    void on_a_phone_the_filters_but_the_search_fold_under_filters_which_counts_those_on() {
        ui().navigate("accounts");
        windowIs(390);

        Details folded = _get(Details.class, spec -> spec.withClasses("contas-phone-filters"));
        assertThat(folded.isOpened()).isFalse();
        assertThat(folded.getSummaryText()).isEqualTo("Filters");
        assertThat(_find(folded, IntegerField.class, spec -> spec.withLabel("Not contacted for")))
                .hasSize(1);
        assertThat(_find(folded, TextField.class))
                .as("the search stays in sight")
                .isEmpty();

        _get(folded, IntegerField.class, spec -> spec.withLabel("Not contacted for"))
                .setValue(30);
        assertThat(folded.getSummaryText()).isEqualTo("Filters (1)");

        windowIs(1280);
        assertThat(folded.isVisible()).isFalse();
        assertThat(_get(IntegerField.class, spec -> spec.withLabel("Not contacted for"))
                        .getValue())
                .isEqualTo(30);
        assertThat(_find(folded, IntegerField.class)).isEmpty();
    }

    private static int rowOf(String name) {
        Grid<AccountRow> grid = grid();
        for (int i = 0; i < _size(grid); i++) {
            if (_get(grid, i).name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError(name + " is not in the list");
    }

    @Test
    void on_a_phone_the_board_shows_one_column_and_the_switcher_chooses_it() {
        ui().navigate("accounts/board");
        KanbanBoard<AccountRow, AccountBucket> board = AccountScreens.board();
        assertThat(shownColumns(board)).containsExactly(AccountBucket.values());

        windowIs(390);

        assertThat(shownColumns(board)).containsExactly(AccountBucket.OVERDUE);
        @SuppressWarnings("unchecked")
        Select<AccountBucket> switcher = _get(Select.class, spec -> spec.withLabel("Column"));
        assertThat(switcher.isVisible()).isTrue();
        switcher.setValue(AccountBucket.THIS_WEEK);
        assertThat(shownColumns(board)).containsExactly(AccountBucket.THIS_WEEK);

        windowIs(1280);
        assertThat(shownColumns(board)).containsExactly(AccountBucket.values());
        assertThat(switcher.isVisible()).isFalse();
    }

    @Test
    void on_a_phone_a_card_moves_to_a_column_not_shown_with_its_move_dialog() {
        ui().navigate("accounts/board");
        KanbanBoard<AccountRow, AccountBucket> board = AccountScreens.board();
        windowIs(390);
        AccountRow card = board.getItems(AccountBucket.OVERDUE).get(0);

        KanbanBrowser.clickMove(board, card);
        Dialog dialog = _get(Dialog.class);
        _get(dialog, Button.class, spec -> spec.withText("Next week")).click();

        assertThat(board.getTotal(AccountBucket.OVERDUE)).isZero();
        assertThat(board.getTotal(AccountBucket.NEXT_WEEK)).isEqualTo(1);
        assertThat(shownColumns(board)).containsExactly(AccountBucket.OVERDUE);
    }

    private static List<AccountBucket> shownColumns(KanbanBoard<AccountRow, AccountBucket> board) {
        return Arrays.stream(AccountBucket.values())
                .filter(bucket ->
                        board.getColumnBody(bucket).getParent().orElseThrow().isVisible())
                .toList();
    }
}
