package com.contas.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * A screen that fails while it is being opened, as any screen might (a bug, a corrupt row): tests
 * only. Its exception carries the kind of detail that must never reach a user.
 */
@Route(value = "test/throws", layout = MainLayout.class)
@PermitAll
public class ThrowingTestView extends Div implements BeforeEnterObserver {

    static final String SECRET = "SELECT password_hash FROM app_user /* internal detail */";

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        throw new IllegalStateException(SECRET, new NumberFormatException("For input string: \"42x\""));
    }
}
