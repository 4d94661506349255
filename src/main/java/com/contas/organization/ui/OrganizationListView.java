package com.contas.organization.ui;

import com.contas.shell.MainLayout;
import com.contas.shell.PlaceholderView;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

@Route(value = "organizations", layout = MainLayout.class)
@PermitAll
public class OrganizationListView extends PlaceholderView {

    public OrganizationListView() {
        super("nav.organizations", "placeholder.organizations");
    }
}
