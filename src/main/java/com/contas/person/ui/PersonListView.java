package com.contas.person.ui;

import com.contas.shell.MainLayout;
import com.contas.shell.PlaceholderView;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

@Route(value = "people", layout = MainLayout.class)
@PermitAll
public class PersonListView extends PlaceholderView {

    public PersonListView() {
        super("nav.people", "placeholder.people");
    }
}
