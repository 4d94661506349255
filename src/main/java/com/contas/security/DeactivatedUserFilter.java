package com.contas.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs out a user who was deactivated while signed in, at their next request: without it they
 * would keep working until their session times out. The request then goes on anonymous, so a page
 * leads to the login page and Vaadin's own requests find their session gone. Costs one
 * primary-key lookup a request of a signed-in user. Not a bean, so that the servlet container does
 * not run it a second time outside the security chain.
 */
class DeactivatedUserFilter extends OncePerRequestFilter {

    private final UserService users;
    private final SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();

    DeactivatedUserFilter(UserService users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof ContasUserDetails user && !stillValid(user)) {
            logout.logout(request, response, auth);
        }
        chain.doFilter(request, response);
    }

    /**
     * While the database cannot be reached the user stays signed in: an error page on every request
     * would replace the "try again in a moment" the screen shows, and nothing can be read or
     * written meanwhile anyway. The next request after the database is back checks again.
     */
    private boolean stillValid(ContasUserDetails user) {
        try {
            return users.sessionStillValid(user.toSummary().id(), user.sessionEpoch());
        } catch (DataAccessException | TransactionException databaseGone) {
            return true;
        }
    }
}
