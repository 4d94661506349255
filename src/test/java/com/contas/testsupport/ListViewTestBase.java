package com.contas.testsupport;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.contas.shell.FormDialog;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.ArrayList;
import java.util.List;

/** Karibu tests of list screens: rows as the user reads them, forms found by their labels. */
public abstract class ListViewTestBase extends KaribuTestBase {

    @SuppressWarnings("unchecked")
    protected static <T> Grid<T> grid() {
        return _get(Grid.class);
    }

    /** The text of one column (by its position) in every row, top to bottom. */
    protected static List<String> column(int index) {
        Grid<Object> grid = grid();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < _size(grid); i++) {
            values.add(_getFormattedRow(grid, i).get(index));
        }
        return values;
    }

    protected static void sort(String key, SortDirection direction) {
        GridKt._sort(grid(), new QuerySortOrder(key, direction));
    }

    protected static void search(String text) {
        _get(TextField.class, spec -> spec.withLabel("Search")).setValue(text);
    }

    /** Clicks the row whose first column reads {@code text} and returns the form it opens. */
    protected static FormDialog openRow(String text) {
        List<String> first = column(0);
        int row = first.indexOf(text);
        if (row < 0) {
            throw new AssertionError("no row " + text + " in " + first);
        }
        GridKt._clickItem(grid(), row);
        return _get(FormDialog.class);
    }

    protected static <C extends Component> C field(Component in, Class<C> type, String label) {
        return _get(in, type, spec -> spec.withLabel(label));
    }

    protected static void click(Component in, String text) {
        _get(in, Button.class, spec -> spec.withText(text)).click();
    }

    /** The texts of the notifications shown, then forgets them. */
    protected static List<String> notifications() {
        List<String> texts = Screen.notifications();
        NotificationsKt.clearNotifications();
        return texts;
    }
}
