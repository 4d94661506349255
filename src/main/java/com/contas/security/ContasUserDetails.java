package com.contas.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in user as Spring Security keeps it: with the id and display name, so that asking
 * who is signed in costs no query.
 */
public class ContasUserDetails extends User {

    private final long id;
    private final String displayName;
    private final Role role;
    private final int sessionEpoch;

    public ContasUserDetails(
            long id,
            String username,
            String displayName,
            String passwordHash,
            boolean active,
            Role role,
            int sessionEpoch,
            Collection<? extends GrantedAuthority> authorities) {
        super(username, passwordHash, active, true, true, true, authorities);
        this.id = id;
        this.displayName = displayName;
        this.role = role;
        this.sessionEpoch = sessionEpoch;
    }

    /** The user's session epoch when this session signed in; a later change of password or role ends it. */
    public int sessionEpoch() {
        return sessionEpoch;
    }

    /** The same user in a session that has just changed its own password: it stays signed in. */
    public ContasUserDetails withSessionEpoch(int epoch) {
        return new ContasUserDetails(id, getUsername(), displayName, "", isEnabled(), role, epoch, getAuthorities());
    }

    public UserSummary toSummary() {
        return new UserSummary(id, getUsername(), displayName, role, isEnabled());
    }

    @Override
    public boolean equals(Object o) {
        return super.equals(o);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
