package com.contas.security;

/**
 * A user's display name changed. Published inside the writing transaction, so that data sorted
 * by owner name (the account summary) follows in the same transaction.
 */
public record UserRenamed(long userId) {}
