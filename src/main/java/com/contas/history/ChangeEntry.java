package com.contas.history;

import java.io.Serializable;
import java.time.Instant;

/** Who changed which field of what, when, from what to what. */
public record ChangeEntry(
        long id,
        String entityType,
        long entityId,
        Long organizationId,
        String field,
        String oldValue,
        String newValue,
        Long changedBy,
        Instant changedAt)
        implements Serializable {}
