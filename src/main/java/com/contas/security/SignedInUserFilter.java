package com.contas.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the signed-in user again at each request ({@link SignedInUserCheck}, one primary-key
 * lookup). A user deactivated, or whose password changed, since they signed in is signed out: the
 * request goes on anonymous, so a page leads to the login page and Vaadin's own requests find their
 * session gone; without it they would keep working until the session times out. A changed role
 * replaces the session's authorities, in this request and in the session, where Vaadin reads them
 * ({@code VaadinAwareSecurityContextHolderStrategy} prefers the session's context), so
 * {@code @PreAuthorize} and the view access checks see the new role at once. Not a bean, so that
 * the servlet container does not run it a second time outside the security chain.
 */
class SignedInUserFilter extends OncePerRequestFilter {

    private final SignedInUserCheck check;
    private final SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();
    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    SignedInUserFilter(SignedInUserCheck check) {
        this.check = check;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (!SignedInUserCheck.isSignedIn(auth)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Authentication> now = check.recheck(auth);
        if (now.isEmpty()) {
            logout.logout(request, response, auth);
        } else if (now.get() != auth) {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(now.get());
            SecurityContextHolder.setContext(context);
            sessions.saveContext(context, request, response);
        }
        chain.doFilter(request, response);
    }
}
