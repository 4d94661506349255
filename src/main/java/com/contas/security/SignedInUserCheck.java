package com.contas.security;

import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * Reads the signed-in user again, as every request does ({@link SignedInUserFilter}) and every
 * navigation ({@code SignedInUserGuard}): the session ends when the user was deactivated or their
 * password changed since they signed in; otherwise it goes on with the role the user has now, so a
 * demoted admin's next request is a user's. One primary-key lookup.
 */
@Component
public class SignedInUserCheck {

    private final UserService users;

    SignedInUserCheck(UserService users) {
        this.users = users;
    }

    /** Whether {@code auth} is a user signed in here (not anonymous, not system work). */
    public static boolean isSignedIn(Authentication auth) {
        return auth != null && auth.getPrincipal() instanceof ContasUserDetails;
    }

    /**
     * For a user {@link #isSignedIn signed in}: empty when the session must end; otherwise the
     * authentication to go on with: {@code auth} itself when nothing changed, a new one when the
     * role did.
     * While the database cannot be reached the user stays as they were: an error page on every
     * request would replace the "try again in a moment" the screen shows, and nothing can be read or
     * written meanwhile anyway.
     */
    public Optional<Authentication> recheck(Authentication auth) {
        if (!(auth.getPrincipal() instanceof ContasUserDetails user)) {
            throw new IllegalArgumentException("Not a signed-in user: " + auth.getClass());
        }
        Optional<Role> role;
        try {
            role = users.sessionRole(user.toSummary().id(), user.sessionEpoch());
        } catch (DataAccessException | TransactionException databaseGone) {
            return Optional.of(auth);
        }
        return role.map(now -> now == user.role() ? auth : withRole(auth, user, now));
    }

    private static Authentication withRole(Authentication auth, ContasUserDetails user, Role role) {
        ContasUserDetails changed = user.withRole(role);
        UsernamePasswordAuthenticationToken renewed =
                UsernamePasswordAuthenticationToken.authenticated(changed, null, changed.getAuthorities());
        renewed.setDetails(auth.getDetails());
        return renewed;
    }
}
