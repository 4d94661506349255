package com.contas.common;

import java.io.Serializable;

/**
 * One page of a list as a grid asks for it: where it starts, how many rows, and the sort the
 * user chose (a key the list's service knows, or null for its default order).
 */
public record PageSpec(int offset, int limit, String sortKey, boolean ascending) implements Serializable {

    public PageSpec {
        offset = Math.max(0, offset);
        limit = Math.max(0, Math.min(limit, 1000));
    }

    public static PageSpec first(int limit) {
        return new PageSpec(0, limit, null, true);
    }
}
