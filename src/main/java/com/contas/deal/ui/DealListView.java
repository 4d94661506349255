package com.contas.deal.ui;

import com.contas.shell.MainLayout;
import com.contas.shell.PlaceholderView;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

@Route(value = "deals", layout = MainLayout.class)
@PermitAll
public class DealListView extends PlaceholderView {

    public DealListView() {
        super("nav.deals", "placeholder.deals");
    }
}
