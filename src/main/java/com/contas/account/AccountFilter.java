package com.contas.account;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which accounts to show: every part given must hold (AND). Every part is optional; an empty filter
 * shows all accounts.
 *
 * @param search           part of the name, any case, with or without accents
 * @param ownerIds         only accounts of these owners (empty: anyone's)
 * @param buckets          only accounts in these buckets (empty: all)
 * @param notContactedDays only accounts with no activity done in this many days
 * @param wonValue         only accounts whose won value (company currency) is in this range (null: any)
 * @param fields           conditions on custom fields, at most one per field
 */
public record AccountFilter(
        String search,
        Set<Long> ownerIds,
        Set<AccountBucket> buckets,
        Integer notContactedDays,
        Range<BigDecimal> wonValue,
        List<FieldCondition> fields)
        implements Serializable {

    public static final AccountFilter ALL = new AccountFilter(null, Set.of(), Set.of(), null, null, List.of());

    public AccountFilter {
        search = search == null || search.isBlank() ? null : search.strip();
        ownerIds = ownerIds == null ? Set.of() : Set.copyOf(ownerIds);
        buckets = buckets == null || buckets.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(buckets));
        // One per field, in field order, so that equal filters are equal (shared reads key on them).
        fields = fields == null
                ? List.of()
                : fields.stream()
                        .collect(Collectors.toMap(FieldCondition::fieldId, c -> c, (a, b) -> b, TreeMap::new))
                        .values()
                        .stream()
                        .toList();
    }

    public AccountFilter withSearch(String text) {
        return new AccountFilter(text, ownerIds, buckets, notContactedDays, wonValue, fields);
    }

    /** Only accounts of this owner (null: anyone's). */
    public AccountFilter withOwner(Long owner) {
        return withOwners(owner == null ? Set.of() : Set.of(owner));
    }

    public AccountFilter withOwners(Set<Long> owners) {
        return new AccountFilter(search, owners, buckets, notContactedDays, wonValue, fields);
    }

    public AccountFilter withBuckets(Set<AccountBucket> chosen) {
        return new AccountFilter(search, ownerIds, chosen, notContactedDays, wonValue, fields);
    }

    public AccountFilter withNotContactedDays(Integer days) {
        return new AccountFilter(search, ownerIds, buckets, days, wonValue, fields);
    }

    public AccountFilter withWonValue(Range<BigDecimal> range) {
        return new AccountFilter(search, ownerIds, buckets, notContactedDays, range, fields);
    }

    public AccountFilter withFields(List<FieldCondition> conditions) {
        return new AccountFilter(search, ownerIds, buckets, notContactedDays, wonValue, conditions);
    }

    /** With {@code condition} in place of any other on its field. */
    public AccountFilter withField(FieldCondition condition) {
        return withFields(Stream.concat(fields.stream(), Stream.of(condition)).toList());
    }

    /** The parts that do not depend on today's date (no buckets, no "not contacted"). */
    public AccountFilter withoutDateParts() {
        return withBuckets(Set.of()).withNotContactedDays(null);
    }

    /** Whether a part depends on today's date. */
    public boolean hasDateParts() {
        return !buckets.isEmpty() || notContactedDays != null;
    }
}
