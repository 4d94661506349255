package com.contas.security.ui;

import com.contas.security.CurrentUser;
import com.contas.security.SignedInUserCheck;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Each navigation reads the signed-in user again, as each request does: a user deactivated, or whose
 * password changed, while signed in is signed out and sent to the login page; a changed role applies
 * before the view's access is checked. One lookup by id per navigation (the security filter
 * already signs them out at their next request; this also covers a navigation inside one).
 */
@Component
class SignedInUserGuard implements VaadinServiceInitListener {

    private final transient SignedInUserCheck check;
    private final transient CurrentUser currentUser;
    private final transient AuthenticationContext authentication;

    SignedInUserGuard(SignedInUserCheck check, CurrentUser currentUser, AuthenticationContext authentication) {
        this.check = check;
        this.currentUser = currentUser;
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (!SignedInUserCheck.isSignedIn(auth)) {
            return;
        }
        Optional<Authentication> now = check.recheck(auth);
        if (now.isEmpty()) {
            authentication.logout();
            event.rerouteTo(LoginView.class);
        } else if (now.get() != auth) {
            currentUser.replaceSignedIn(now.get());
        }
    }
}
