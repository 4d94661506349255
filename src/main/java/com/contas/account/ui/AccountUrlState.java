package com.contas.account.ui;

import com.contas.account.AccountBucket;
import com.contas.account.AccountFilter;
import com.contas.account.AccountSort;
import com.vaadin.flow.router.QueryParameters;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The accounts' filter and sort as URL query parameters, so that reload, bookmarks and shared
 * links show the same view: {@code q} (search), {@code owner} (a user id, or {@code me}),
 * {@code bucket} (comma-separated), {@code nc} (not contacted for N days), {@code cf}/{@code cfv}
 * (custom field id and value), {@code sort} and {@code dir}. Anything invalid falls back to the
 * default instead of failing.
 *
 * @param ownerIsMe the owner part is "me" (kept as such in the URL, resolved to the signed-in user)
 */
public record AccountUrlState(AccountFilter filter, boolean ownerIsMe, AccountSort sort) implements Serializable {

    public static final int MAX_SEARCH_LENGTH = 200;
    public static final int MAX_DAYS = 3650;

    public static AccountUrlState parse(QueryParameters parameters, Long me) {
        Map<String, List<String>> p = parameters.getParameters();
        String search = first(p, "q")
                .map(s -> s.length() > MAX_SEARCH_LENGTH ? s.substring(0, MAX_SEARCH_LENGTH) : s)
                .orElse(null);
        boolean ownerIsMe = first(p, "owner").filter("me"::equals).isPresent();
        Long owner = ownerIsMe
                ? me
                : first(p, "owner").flatMap(AccountUrlState::positiveLong).orElse(null);
        Set<AccountBucket> buckets = EnumSet.noneOf(AccountBucket.class);
        first(p, "bucket")
                .ifPresent(list -> Arrays.stream(list.split(","))
                        .map(String::strip)
                        .map(s -> s.toUpperCase(Locale.ROOT))
                        .forEach(name -> Arrays.stream(AccountBucket.values())
                                .filter(b -> b.name().equals(name))
                                .forEach(buckets::add)));
        Integer days = first(p, "nc")
                .flatMap(AccountUrlState::positiveLong)
                .filter(d -> d <= MAX_DAYS)
                .map(Long::intValue)
                .orElse(null);
        String customValue = first(p, "cfv").orElse(null);
        Long customField = customValue == null
                ? null
                : first(p, "cf").flatMap(AccountUrlState::positiveLong).orElse(null);
        customValue = customField == null ? null : customValue;
        AccountFilter filter = new AccountFilter(search, owner, buckets, days, customField, customValue);

        AccountSort.Field field =
                first(p, "sort").flatMap(AccountSort.Field::byKey).orElse(AccountSort.Field.NAME);
        Long sortField = first(p, "sort")
                .filter(s -> s.startsWith("cf"))
                .flatMap(s -> positiveLong(s.substring(2)))
                .orElse(null);
        boolean ascending = !first(p, "dir").filter("desc"::equals).isPresent();
        AccountSort sort = sortField != null
                ? new AccountSort(AccountSort.Field.CUSTOM_FIELD, ascending, sortField)
                : new AccountSort(field, ascending);
        return new AccountUrlState(filter, ownerIsMe, sort);
    }

    public QueryParameters toQueryParameters() {
        Map<String, String> p = new LinkedHashMap<>();
        if (filter.search() != null) {
            p.put("q", filter.search());
        }
        if (ownerIsMe) {
            p.put("owner", "me");
        } else if (filter.ownerId() != null) {
            p.put("owner", filter.ownerId().toString());
        }
        if (!filter.buckets().isEmpty()) {
            p.put(
                    "bucket",
                    filter.buckets().stream()
                            .sorted()
                            .map(b -> b.name().toLowerCase(Locale.ROOT))
                            .collect(Collectors.joining(",")));
        }
        if (filter.notContactedDays() != null) {
            p.put("nc", filter.notContactedDays().toString());
        }
        if (filter.customFieldId() != null && filter.customFieldValue() != null) {
            p.put("cf", filter.customFieldId().toString());
            p.put("cfv", filter.customFieldValue());
        }
        if (!sort.equals(AccountSort.BY_NAME)
                && (sort.field() == AccountSort.Field.CUSTOM_FIELD
                        || sort.field().key() != null)) {
            p.put(
                    "sort",
                    sort.field() == AccountSort.Field.CUSTOM_FIELD
                            ? "cf" + sort.customFieldId()
                            : sort.field().key());
            if (!sort.ascending()) {
                p.put("dir", "desc");
            }
        }
        return QueryParameters.simple(p);
    }

    private static Optional<String> first(Map<String, List<String>> p, String name) {
        return p.getOrDefault(name, List.of()).stream()
                .filter(Objects::nonNull)
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .findFirst();
    }

    private static Optional<Long> positiveLong(String text) {
        try {
            long value = Long.parseLong(text.strip());
            return value > 0 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
