package com.contas.admin.ui;

import com.contas.shell.MainLayout;
import com.contas.shell.PlaceholderView;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The admin area; every route under /admin is for the ADMIN role only. */
@Route(value = "admin", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class AdminView extends PlaceholderView {

    public AdminView() {
        super("nav.admin", "placeholder.admin");
    }
}
