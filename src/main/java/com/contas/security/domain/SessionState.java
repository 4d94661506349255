package com.contas.security.domain;

import com.contas.security.Role;

/**
 * What a request re-reads of its signed-in user: active, the session epoch (changed by a new
 * password) and the role.
 */
public record SessionState(boolean active, int epoch, Role role) {}
