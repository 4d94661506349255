package com.contas.activity.ui;

import com.contas.shell.MainLayout;
import com.contas.shell.PlaceholderView;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

@Route(value = "activities", layout = MainLayout.class)
@PermitAll
public class ActivityListView extends PlaceholderView {

    public ActivityListView() {
        super("nav.activities", "placeholder.activities");
    }
}
