package com.contas.account;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which accounts to show. Every part is optional; an empty filter shows all accounts.
 *
 * @param search           part of the name, any case, with or without accents
 * @param ownerId          only accounts of this owner
 * @param buckets          only accounts in these buckets (empty: all)
 * @param notContactedDays only accounts with no activity done in this many days
 * @param customFieldId    with {@code customFieldValue}: only accounts whose custom field has this value
 */
public record AccountFilter(
        String search,
        Long ownerId,
        Set<AccountBucket> buckets,
        Integer notContactedDays,
        Long customFieldId,
        String customFieldValue)
        implements Serializable {

    public static final AccountFilter ALL = new AccountFilter(null, null, Set.of(), null, null, null);

    public AccountFilter {
        search = search == null || search.isBlank() ? null : search.strip();
        buckets = buckets == null || buckets.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(buckets));
        customFieldValue = customFieldValue == null || customFieldValue.isBlank() ? null : customFieldValue.strip();
    }

    public AccountFilter withSearch(String text) {
        return new AccountFilter(text, ownerId, buckets, notContactedDays, customFieldId, customFieldValue);
    }

    public AccountFilter withOwner(Long owner) {
        return new AccountFilter(search, owner, buckets, notContactedDays, customFieldId, customFieldValue);
    }

    public AccountFilter withBuckets(Set<AccountBucket> chosen) {
        return new AccountFilter(search, ownerId, chosen, notContactedDays, customFieldId, customFieldValue);
    }

    public AccountFilter withNotContactedDays(Integer days) {
        return new AccountFilter(search, ownerId, buckets, days, customFieldId, customFieldValue);
    }

    public AccountFilter withCustomField(Long fieldId, String value) {
        return new AccountFilter(search, ownerId, buckets, notContactedDays, fieldId, value);
    }
}
