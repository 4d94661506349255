package com.contas.security.domain;

/** What a request checks of its user: active, and signed in since the last password or role change. */
public record SessionState(boolean active, int epoch) {}
