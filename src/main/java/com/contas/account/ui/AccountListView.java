package com.contas.account.ui;

import com.contas.shell.MainLayout;
import com.contas.shell.PlaceholderView;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

@Route(value = "accounts", layout = MainLayout.class)
@PermitAll
public class AccountListView extends PlaceholderView {

    public AccountListView() {
        super("nav.accounts", "placeholder.accounts");
    }
}
