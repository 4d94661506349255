package com.contas.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.function.SerializableSupplier;

/** What the accounts list and board share. */
final class AccountViews {

    static final String LIST_ROUTE = "accounts";
    static final String BOARD_ROUTE = "accounts/board";

    private AccountViews() {
    }

    /** The List | Board switch; switching keeps the filters (the URL's query). */
    static Div listBoardSwitch(Component owner, boolean onBoard, SerializableSupplier<AccountUrlState> state) {
        Button list = new Button(owner.getTranslation("accounts.view.list"));
        Button board = new Button(owner.getTranslation("accounts.view.board"));
        list.addClickListener(e -> list.getUI().ifPresent(ui -> ui.navigate(LIST_ROUTE,
                state.get().toQueryParameters())));
        board.addClickListener(e -> board.getUI().ifPresent(ui -> ui.navigate(BOARD_ROUTE,
                state.get().toQueryParameters())));
        Button current = onBoard ? board : list;
        current.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        current.getElement().setAttribute("aria-pressed", "true");
        (onBoard ? list : board).getElement().setAttribute("aria-pressed", "false");
        Div toggle = new Div(list, board);
        toggle.addClassName("contas-view-switch");
        return toggle;
    }
}
