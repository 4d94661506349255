package com.contas.security.ui;

import com.contas.security.CurrentUser;
import com.contas.security.UserService;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * A user deactivated while signed in is signed out at their next navigation, instead of working on
 * until the session expires (deactivation already stops new sign-ins). One lookup by id per
 * navigation.
 */
@Component
class DeactivatedUserGuard implements VaadinServiceInitListener {

    private final transient CurrentUser currentUser;
    private final transient UserService users;
    private final transient AuthenticationContext authentication;

    DeactivatedUserGuard(CurrentUser currentUser, UserService users, AuthenticationContext authentication) {
        this.currentUser = currentUser;
        this.users = users;
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        Long id = currentUser.idOrNull();
        if (id != null && !stillActive(id)) {
            authentication.logout();
            event.rerouteTo(LoginView.class);
        }
    }

    /**
     * While the database is away the user cannot be checked; they stay signed in and the screen they
     * open says to try again (the sign-in filter checks them at their next request anyway).
     */
    private boolean stillActive(long id) {
        try {
            return users.isActiveUser(id);
        } catch (DataAccessException | TransactionException e) {
            return true;
        }
    }
}
