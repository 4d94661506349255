package com.contas.account.ui;

import com.contas.account.AccountBucket;
import com.contas.account.AccountFilter;
import com.contas.account.AccountSort;
import com.contas.account.FieldCondition;
import com.contas.account.Range;
import com.contas.customfield.CustomFieldInfo;
import com.vaadin.flow.router.QueryParameters;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The accounts' filter and sort as URL query parameters, so that reload, bookmarks and shared
 * links show the same view: {@code q} (search), {@code owner} (user ids and {@code me},
 * comma-separated), {@code bucket} (comma-separated), {@code nc} (not contacted for N days),
 * {@code won} (won value range, {@code 1000..5000}), {@code f<id>} (a custom field's condition,
 * {@link FieldCondition#values()}; {@code cf}/{@code cfv} of older views still read), {@code sort}
 * and {@code dir}. Every part is AND. Anything invalid falls back to the default instead of failing.
 *
 * @param me the signed-in user when "me" is among the owners (kept as {@code me} in the address), else null
 */
public record AccountUrlState(AccountFilter filter, Long me, AccountSort sort) implements Serializable {

    /** Views of everything, by name. */
    public static final AccountUrlState DEFAULT = new AccountUrlState(AccountFilter.ALL, null, AccountSort.BY_NAME);

    public static final String FIELD_PREFIX = "f";
    public static final int MAX_OWNERS = 50;

    /** Whether "me" is among the owners (kept as such in the address, resolved to the signed-in user). */
    public boolean ownerIsMe() {
        return me != null;
    }

    public static final int MAX_SEARCH_LENGTH = 200;
    public static final int MAX_DAYS = 3650;

    /**
     * Reads an address.
     *
     * @param me     the signed-in user, for {@code owner=me}
     * @param fields the active custom fields, for their conditions ({@code f<id>}) and sort
     */
    public static AccountUrlState parse(QueryParameters parameters, Long me, List<CustomFieldInfo> fields) {
        Map<String, List<String>> p = parameters.getParameters();
        String search = first(p, "q")
                .map(s -> s.length() > MAX_SEARCH_LENGTH ? s.substring(0, MAX_SEARCH_LENGTH) : s)
                .orElse(null);
        List<String> owners = first(p, "owner")
                .map(list -> Arrays.stream(list.split(",")).map(String::strip).toList())
                .orElse(List.of());
        boolean ownerIsMe = owners.contains("me");
        Set<Long> ownerIds = new TreeSet<>();
        if (ownerIsMe && me != null) {
            ownerIds.add(me);
        }
        owners.stream()
                .map(AccountUrlState::positiveLong)
                .flatMap(Optional::stream)
                .limit(MAX_OWNERS)
                .forEach(ownerIds::add);
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
        Range<BigDecimal> won = first(p, "won")
                .flatMap(text -> Range.parse(text, BigDecimal::new))
                .orElse(null);
        List<FieldCondition> conditions = new ArrayList<>();
        for (CustomFieldInfo field : fields) {
            FieldCondition.parse(field, p.getOrDefault(FIELD_PREFIX + field.id(), List.of()))
                    .or(() -> legacyCondition(p, field))
                    .ifPresent(conditions::add);
        }
        AccountFilter filter = new AccountFilter(search, ownerIds, buckets, days, won, conditions);

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
        return new AccountUrlState(filter, ownerIsMe ? me : null, sort);
    }

    public QueryParameters toQueryParameters() {
        Map<String, List<String>> p = new LinkedHashMap<>();
        if (filter.search() != null) {
            p.put("q", List.of(filter.search()));
        }
        List<String> owners = new ArrayList<>();
        if (ownerIsMe()) {
            owners.add("me");
        }
        filter.ownerIds().stream()
                .sorted()
                .filter(id -> !id.equals(me))
                .map(String::valueOf)
                .forEach(owners::add);
        if (!owners.isEmpty()) {
            p.put("owner", List.of(String.join(",", owners)));
        }
        if (!filter.buckets().isEmpty()) {
            p.put(
                    "bucket",
                    List.of(filter.buckets().stream()
                            .sorted()
                            .map(b -> b.name().toLowerCase(Locale.ROOT))
                            .collect(Collectors.joining(","))));
        }
        if (filter.notContactedDays() != null) {
            p.put("nc", List.of(filter.notContactedDays().toString()));
        }
        if (filter.wonValue() != null) {
            p.put("won", List.of(filter.wonValue().text()));
        }
        filter.fields().forEach(c -> p.put(FIELD_PREFIX + c.fieldId(), c.values()));
        if (!sort.equals(AccountSort.BY_NAME)
                && (sort.field() == AccountSort.Field.CUSTOM_FIELD
                        || sort.field().key() != null)) {
            p.put(
                    "sort",
                    List.of(
                            sort.field() == AccountSort.Field.CUSTOM_FIELD
                                    ? "cf" + sort.customFieldId()
                                    : sort.field().key()));
            if (!sort.ascending()) {
                p.put("dir", List.of("desc"));
            }
        }
        return new QueryParameters(p);
    }

    /**
     * {@code cf=<id>&cfv=<value>}, the address of views saved before field conditions: the same
     * value as a condition of the field's type.
     */
    private static Optional<FieldCondition> legacyCondition(Map<String, List<String>> p, CustomFieldInfo field) {
        if (!first(p, "cf").flatMap(AccountUrlState::positiveLong).equals(Optional.of(field.id()))) {
            return Optional.empty();
        }
        return first(p, "cfv")
                .flatMap(value -> FieldCondition.parse(
                        field,
                        List.of(
                                switch (field.type()) {
                                    case NUMBER, MONEY, DATE -> value + ".." + value;
                                    default -> value;
                                })));
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
