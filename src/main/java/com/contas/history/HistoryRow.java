package com.contas.history;

import java.io.Serializable;
import java.time.Instant;

/** A change record as the admin's history browser shows it, with the name of who made it. */
public record HistoryRow(
        long id,
        String entityType,
        long entityId,
        Long organizationId,
        String field,
        String oldValue,
        String newValue,
        String changedByName,
        Instant changedAt)
        implements Serializable {}
