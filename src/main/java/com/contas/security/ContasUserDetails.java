package com.contas.security;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in user as Spring Security keeps it: with the id and display name, so that asking
 * who is signed in costs no query. The authorities are the role's; every request reads the role
 * again ({@link SignedInUserFilter}), so they follow a change made by an admin.
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
            int sessionEpoch) {
        super(username, passwordHash, active, true, true, true, List.of(new SimpleGrantedAuthority(role.authority())));
        this.id = id;
        this.displayName = displayName;
        this.role = role;
        this.sessionEpoch = sessionEpoch;
    }

    /** The user's session epoch when this session signed in; a later change of password ends it. */
    public int sessionEpoch() {
        return sessionEpoch;
    }

    public Role role() {
        return role;
    }

    /** The same user in a session that has just changed its own password: it stays signed in. */
    public ContasUserDetails withSessionEpoch(int epoch) {
        return new ContasUserDetails(id, getUsername(), displayName, "", isEnabled(), role, epoch);
    }

    /** The same session with the role the user has now. */
    public ContasUserDetails withRole(Role newRole) {
        return new ContasUserDetails(id, getUsername(), displayName, "", isEnabled(), newRole, sessionEpoch);
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
