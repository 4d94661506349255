package com.contas.account;

import java.util.List;

/**
 * The result of comparing the account summary with a recomputation from the base tables.
 *
 * @param checked  summary rows compared
 * @param missing  organizations that had no summary row
 * @param drifting ids of organizations whose stored numbers differed
 */
public record DriftReport(long checked, long missing, List<Long> drifting) {

    public boolean clean() {
        return missing == 0 && drifting.isEmpty();
    }
}
