package com.contas.account.ui;

import com.contas.account.SavedView;
import com.contas.account.ui.drawer.AccountDrawer;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;

/** What the accounts list and board share. */
public final class AccountViews {

    public static final String LIST_ROUTE = "accounts";
    public static final String BOARD_ROUTE = "accounts/board";
    /** The address parameter naming a saved view. */
    public static final String VIEW_PARAMETER = "view";

    private AccountViews() {}

    /**
     * Opens the drawer over a view (route + "/" + id) or closes it (null), keeping the filters; a
     * navigation, so the browser's back button undoes it.
     */
    public static void openDrawer(Component view, String route, Long organizationId, AccountUrlState state) {
        view.getUI()
                .ifPresent(ui -> ui.navigate(
                        organizationId == null ? route : route + "/" + organizationId, state.toQueryParameters()));
    }

    /**
     * Puts the filters (and the open account, and the saved view they are, if any) in the address
     * bar without a navigation.
     */
    public static void writeUrl(
            Component view, String route, AccountDrawer drawer, AccountUrlState state, Long savedView) {
        String path = drawer.organizationId().map(id -> route + "/" + id).orElse(route);
        view.getUI()
                .ifPresent(ui -> ui.getPage()
                        .getHistory()
                        .replaceState(null, new Location(path, withView(state.toQueryParameters(), savedView))));
    }

    /** The address of a saved view: its filters and sort, and its id (so that it is named on screen). */
    public static QueryParameters withView(QueryParameters query, Long savedView) {
        if (savedView == null) {
            return query;
        }
        String q = query.getQueryString();
        return QueryParameters.fromString((q.isEmpty() ? "" : q + "&") + VIEW_PARAMETER + "=" + savedView);
    }

    /** Opens a saved view on a screen: its filters and sort in the address, then the screen reads them. */
    public static void open(Component view, String route, SavedView saved) {
        view.getUI()
                .ifPresent(ui -> ui.navigate(route, withView(QueryParameters.fromString(saved.query()), saved.id())));
    }

    /** "Acme · Accounts · Contas" with the drawer open, "Accounts · Contas" without. */
    public static String pageTitle(Component view, AccountDrawer drawer) {
        return drawer.organizationId().map(id -> drawer.name() + " · ").orElse("")
                + view.getTranslation("accounts.title") + " · " + view.getTranslation("app.name");
    }

    /** The List | Board switch; switching keeps the filters (the URL's query). */
    public static Div listBoardSwitch(Component owner, boolean onBoard, SerializableSupplier<AccountUrlState> state) {
        Button list = new Button(owner.getTranslation("accounts.view.list"));
        Button board = new Button(owner.getTranslation("accounts.view.board"));
        list.addClickListener(e ->
                list.getUI().ifPresent(ui -> ui.navigate(LIST_ROUTE, state.get().toQueryParameters())));
        board.addClickListener(e -> board.getUI()
                .ifPresent(ui -> ui.navigate(BOARD_ROUTE, state.get().toQueryParameters())));
        Button current = onBoard ? board : list;
        current.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        current.getElement().setAttribute("aria-pressed", "true");
        (onBoard ? list : board).getElement().setAttribute("aria-pressed", "false");
        Div toggle = new Div(list, board);
        toggle.addClassName("contas-view-switch");
        return toggle;
    }
}
