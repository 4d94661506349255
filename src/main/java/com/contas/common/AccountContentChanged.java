package com.contas.common;

import java.util.Set;

/**
 * Something shown about organizations changed without moving their numbers (a note, a file). Read
 * by the live updates, not by the account summary.
 */
public record AccountContentChanged(Set<Long> organizationIds) {}
