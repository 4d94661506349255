package com.contas.security;

import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The signed-in user, as services and views need it (authors, "me" filters, history). */
@Component
public class CurrentUser {

    private final UserService users;

    CurrentUser(UserService users) {
        this.users = users;
    }

    /** The signed-in user, or empty for system work (demo data, scheduled jobs). */
    public Optional<UserSummary> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        if (auth.getPrincipal() instanceof ContasUserDetails details) {
            return Optional.of(details.toSummary());
        }
        return users.findByUsername(auth.getName());
    }

    /** The signed-in user's id, or null for system work. */
    public Long idOrNull() {
        return get().map(UserSummary::id).orElse(null);
    }

    /** Who may take something back out of the trash: its owner, whoever deleted it, or an admin. */
    public void checkMayRestore(Long ownerId, Long deletedBy) {
        Long me = idOrNull();
        if (me == null || isAdmin() || me.equals(ownerId) || me.equals(deletedBy)) {
            return;
        }
        throw new AccessDeniedException("Only the owner, whoever deleted it, or an administrator may restore this");
    }

    /** Whether the signed-in user may edit or delete what {@code ownerId} wrote or uploaded: they, or an admin. */
    public boolean mayChange(long ownerId) {
        Long me = idOrNull();
        return me != null && (me == ownerId || isAdmin());
    }

    /** Refuses a change of what someone else wrote or uploaded, unless the signed-in user is an admin. */
    public void checkMayChange(long ownerId) {
        if (!mayChange(ownerId)) {
            throw new AccessDeniedException("Only its author or an administrator may change or delete this");
        }
    }

    /**
     * After the signed-in user changed their own password ({@link UserService#changeOwnPassword}):
     * this session goes on under the new epoch, while the user's other sessions end at their next
     * request.
     */
    public void keepSessionAfterPasswordChange(int epoch) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (!(auth != null && auth.getPrincipal() instanceof ContasUserDetails details)) {
            return;
        }
        UsernamePasswordAuthenticationToken renewed = UsernamePasswordAuthenticationToken.authenticated(
                details.withSessionEpoch(epoch), null, auth.getAuthorities());
        renewed.setDetails(auth.getDetails());
        replaceSignedIn(renewed);
    }

    /**
     * This session goes on as {@code auth}: in this request and in the session, where Spring Security
     * reads it at the next request and Vaadin reads it meanwhile.
     */
    public void replaceSignedIn(Authentication auth) {
        SecurityContext context = SecurityContextHolder.getContext();
        context.setAuthentication(auth);
        // The session holds the context Spring Security reads at the next request: store it again.
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            HttpSession session = request.getRequest().getSession(false);
            if (session != null) {
                session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
            }
        }
    }

    public boolean isAdmin() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null
                && auth.getAuthorities().stream()
                        .anyMatch(a -> Role.ADMIN.authority().equals(a.getAuthority()));
    }
}
