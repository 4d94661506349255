package com.contas.account;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;

/** Per bucket: how many accounts and their won value, for one filter. */
public record BucketTotals(Map<AccountBucket, Total> totals) implements Serializable {

    public record Total(long count, BigDecimal wonValue) implements Serializable {
    }

    public Total of(AccountBucket bucket) {
        return totals.get(bucket);
    }
}
