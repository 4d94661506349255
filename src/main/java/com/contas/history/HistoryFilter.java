package com.contas.history;

import java.io.Serializable;
import java.time.Instant;

/**
 * Which change records to show (all optional): one kind of record, one user, changes from
 * {@code from} (inclusive) until {@code until} (exclusive), text in the field or its values.
 */
public record HistoryFilter(String entityType, Long userId, Instant from, Instant until, String search)
        implements Serializable {

    public static final HistoryFilter ALL = new HistoryFilter(null, null, null, null, null);
}
