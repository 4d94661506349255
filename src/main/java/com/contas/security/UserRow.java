package com.contas.security;

import java.io.Serializable;
import java.time.Instant;

/**
 * A user as the admin's users list shows it, with its version for editing.
 *
 * @param signInLockedUntil until when sign-in is locked after too many failures, or null
 */
public record UserRow(
        long id,
        String username,
        String displayName,
        String email,
        Role role,
        boolean active,
        long version,
        Instant signInLockedUntil)
        implements Serializable {}
