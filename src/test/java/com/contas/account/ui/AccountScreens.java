package com.contas.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.contas.account.AccountBucket;
import com.contas.account.AccountRow;
import com.contas.kanban.KanbanBoard;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.stream.Collectors;

/** The account screens' parts as a test finds them on screen (not through the views' fields). */
public final class AccountScreens {

    private AccountScreens() {}

    /** The board on screen. */
    @SuppressWarnings("unchecked")
    /**
     * The address the screen last wrote to the browser's address bar without a navigation (the
     * filters, sort and open account); "" if it wrote none since the last round trip.
     */
    public static String addressBar() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(js -> js.getInvocation())
                .filter(js -> js.getExpression().contains("replace: true"))
                .map(js -> String.valueOf(js.getParameters().get(1)))
                .reduce("", (first, second) -> second);
    }

    public static KanbanBoard<AccountRow, AccountBucket> board() {
        return (KanbanBoard<AccountRow, AccountBucket>) _get(KanbanBoard.class);
    }

    /** The owner filter (me and users; none chosen: everyone). */
    @SuppressWarnings("unchecked")
    public static MultiSelectComboBox<AccountFilterBar.OwnerChoice> ownerFilter() {
        return _get(MultiSelectComboBox.class, spec -> spec.withLabel("Owner"));
    }

    /** The next-activity filter (list only). */
    @SuppressWarnings("unchecked")
    public static MultiSelectComboBox<AccountBucket> bucketFilter() {
        return _get(MultiSelectComboBox.class, spec -> spec.withLabel("Next activity"));
    }

    /** Chooses owners in the owner filter: "me" for the signed-in user, else by user id. */
    public static void chooseOwners(boolean me, Long... userIds) {
        MultiSelectComboBox<AccountFilterBar.OwnerChoice> owner = ownerFilter();
        List<Long> ids = List.of(userIds);
        owner.setValue(owner.getListDataView()
                .getItems()
                .filter(c -> c.me() ? me : ids.contains(c.id()))
                .collect(Collectors.toSet()));
    }

    /** The keys of the accounts grid's visible columns, in order. */
    public static List<String> visibleColumns() {
        Grid<?> grid = _get(Grid.class, spec -> spec.withClasses("contas-accounts"));
        return grid.getColumns().stream()
                .filter(column -> column.isVisible())
                .map(column -> column.getKey())
                .toList();
    }
}
