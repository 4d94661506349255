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

    public ContasUserDetails(
            long id,
            String username,
            String displayName,
            String passwordHash,
            boolean active,
            Role role,
            Collection<? extends GrantedAuthority> authorities) {
        super(username, passwordHash, active, true, true, true, authorities);
        this.id = id;
        this.displayName = displayName;
        this.role = role;
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
