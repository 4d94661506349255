package com.contas.account;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/** Per bucket: how many accounts and their won value, for one filter. */
public record BucketTotals(Map<AccountBucket, Total> totals) implements Serializable {

    public record Total(long count, BigDecimal wonValue) implements Serializable {}

    public Total of(AccountBucket bucket) {
        return totals.get(bucket);
    }

    /** The totals with one account of {@code wonValue} fewer in {@code bucket}. */
    public BucketTotals minus(AccountBucket bucket, BigDecimal wonValue) {
        return change(bucket, -1, wonValue.negate());
    }

    /** The totals with one account of {@code wonValue} more in {@code bucket}. */
    public BucketTotals plus(AccountBucket bucket, BigDecimal wonValue) {
        return change(bucket, 1, wonValue);
    }

    private BucketTotals change(AccountBucket bucket, int count, BigDecimal value) {
        Map<AccountBucket, Total> changed = new EnumMap<>(totals);
        Total old = changed.get(bucket);
        changed.put(bucket, new Total(old.count() + count, old.wonValue().add(value)));
        return new BucketTotals(changed);
    }
}
