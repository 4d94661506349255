package com.contas.security;

import java.io.Serializable;

/** A user as other features and views see it. */
public record UserSummary(long id, String username, String displayName, Role role, boolean active)
        implements Serializable {}
