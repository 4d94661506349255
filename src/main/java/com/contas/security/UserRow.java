package com.contas.security;

import java.io.Serializable;

/** A user as the admin's users list shows it, with its version for editing. */
public record UserRow(
        long id, String username, String displayName, String email, Role role, boolean active, long version)
        implements Serializable {}
