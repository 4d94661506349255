package com.contas.account;

import com.contas.activity.ActivityType;
import com.contas.common.SearchFolding;
import com.contas.common.SqlList;
import com.contas.customfield.CustomValue;
import com.contas.deal.DealStatus;
import com.contas.settings.CompanySettings;
import com.contas.settings.SettingsService;
import java.io.Serializable;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The accounts read model: which organizations are accounts and their numbers, for the list, the
 * board, the drawer and the export alike. Everything is filtered, sorted, counted and summed by
 * the database over {@code account_summary} (see {@link AccountSummaryMaintainer}); a page is one
 * statement.
 */
@Service
public class AccountQueries {

    private static final String ROW_COLUMNS = "s.organization_id, o.name, o.owner_id, u.display_name as owner_name, "
            + "s.account_since, s.won_count, s.won_value, s.open_count, s.open_value, s.unconverted_count, "
            + "s.people_count, s.next_activity_id, a.type as next_type, a.subject as next_subject, "
            + "s.next_activity_date, s.next_activity_time, s.last_activity_at, a.version as next_version";
    private static final String ROW_JOINS = "join organization o on o.id = s.organization_id "
            + "join app_user u on u.id = o.owner_id left join activity a on a.id = s.next_activity_id ";
    /** How many rows of an export are read in one short transaction. */
    static final int EXPORT_PAGE = 500;

    private static final String ROW_FROM = " from account_summary s " + ROW_JOINS;

    private final NamedParameterJdbcTemplate jdbc;
    private final SettingsService settings;
    private final Clock clock;
    private final TransactionTemplate reads;
    private final SharedReads shared;

    AccountQueries(
            NamedParameterJdbcTemplate jdbc,
            SettingsService settings,
            Clock clock,
            PlatformTransactionManager transactions,
            SharedReads shared) {
        this.shared = shared;
        this.reads = new TransactionTemplate(transactions);
        this.reads.setReadOnly(true);
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** Today and the week boundaries in the company's time zone and week. */
    @Transactional(readOnly = true)
    public BucketCalendar calendar() {
        CompanySettings company = settings.get();
        return BucketCalendar.of(clock, company.timeZone(), company.firstDayOfWeek());
    }

    /**
     * One page of accounts, filtered and sorted by the database: the page is chosen on the summary
     * alone (an index range scan), then only its rows are joined with names and activities.
     */
    @Transactional(readOnly = true)
    public List<AccountRow> page(AccountFilter filter, AccountSort sort, int offset, int limit) {
        BucketCalendar calendar = calendar();
        Query q = new Query(filter, calendar);
        q.params.addValue("offset", Math.max(0, offset)).addValue("limit", Math.max(0, limit));
        Order order = order(sort, q.params);
        String sql = "select " + ROW_COLUMNS + " from (select s.*" + order.keys + " from account_summary s "
                + order.join + q.where + " order by " + order.inner
                + " offset :offset rows fetch next :limit rows only) s " + ROW_JOINS + "order by " + order.outer;
        return jdbc.query(sql, q.params, rowMapper(calendar));
    }

    /**
     * Every account matching the filter, in order, handed one by one to {@code consumer} (for the
     * CSV export). The consumer may be slow (it writes to a client's network), so no connection is
     * held while it runs: one short read takes the matching ids in order (a snapshot of the order),
     * then each page of {@value #EXPORT_PAGE} rows is read in its own short transaction and handed
     * over after that transaction has ended. Never all rows in memory; an account deleted meanwhile
     * is left out.
     */
    // Declared: no transaction around the whole, only the short ones inside (see above).
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void forEach(AccountFilter filter, AccountSort sort, Consumer<AccountRow> consumer) {
        forEach(filter, sort, EXPORT_PAGE, consumer);
    }

    /** The ids of every account the filter finds, in the sort's order: one statement on the summary. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED) // its own short read inside
    public List<Long> ids(AccountFilter filter, AccountSort sort) {
        BucketCalendar calendar = reads.execute(status -> calendar());
        return reads.execute(status -> {
            Query q = new Query(filter, calendar);
            Order order = order(sort, q.params);
            return jdbc.queryForList(
                    "select s.organization_id from account_summary s " + order.join + q.where + " order by "
                            + order.inner,
                    q.params,
                    Long.class);
        });
    }

    void forEach(AccountFilter filter, AccountSort sort, int pageSize, Consumer<AccountRow> consumer) {
        forEachPage(filter, sort, pageSize, page -> page.forEach(consumer));
    }

    /** As {@link #forEach}, a page of rows at a time (for work done once per page, as custom values). */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void forEachPage(AccountFilter filter, AccountSort sort, Consumer<List<AccountRow>> consumer) {
        forEachPage(filter, sort, null, EXPORT_PAGE, consumer);
    }

    /** As {@link #forEachPage(AccountFilter, AccountSort, Consumer)}, only for the accounts in {@code only}. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void forEachPage(
            AccountFilter filter, AccountSort sort, Set<Long> only, Consumer<List<AccountRow>> consumer) {
        forEachPage(filter, sort, only, EXPORT_PAGE, consumer);
    }

    void forEachPage(AccountFilter filter, AccountSort sort, int pageSize, Consumer<List<AccountRow>> consumer) {
        forEachPage(filter, sort, null, pageSize, consumer);
    }

    /** @param only when not null, the accounts to keep (in the filter's order) */
    private void forEachPage(
            AccountFilter filter, AccountSort sort, Set<Long> only, int pageSize, Consumer<List<AccountRow>> consumer) {
        BucketCalendar calendar = reads.execute(status -> calendar());
        List<Long> ids = only == null
                ? ids(filter, sort)
                : ids(filter, sort).stream().filter(only::contains).toList();
        RowMapper<AccountRow> mapper = rowMapper(calendar);
        for (int from = 0; from < ids.size(); from += pageSize) {
            List<Long> pageIds = ids.subList(from, Math.min(ids.size(), from + pageSize));
            Map<Long, AccountRow> byId = new HashMap<>();
            reads.executeWithoutResult(status -> jdbc.query(
                    "select " + ROW_COLUMNS + ROW_FROM + "where s.organization_id in (:ids) and s.is_account = true",
                    new MapSqlParameterSource("ids", pageIds),
                    rs -> {
                        AccountRow row = mapper.mapRow(rs, 0);
                        byId.put(row.id(), row);
                    }));
            List<AccountRow> page = new ArrayList<>(pageIds.size());
            for (Long id : pageIds) {
                AccountRow row = byId.get(id);
                if (row != null) {
                    page.add(row);
                }
            }
            consumer.accept(page);
        }
    }

    @Transactional(readOnly = true)
    public long count(AccountFilter filter) {
        Query q = new Query(filter, filter.hasDateParts() ? calendar() : null);
        String sql = "select count(*) from account_summary s " + q.where;
        return jdbc.queryForObject(sql, q.params, Long.class);
    }

    /**
     * How many accounts and how much won value fall in each bucket, for the filter; read once for
     * every board that shows the same filter until accounts change ({@link SharedReads}). One
     * statement: no transaction of its own (a value read before needs no connection).
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public BucketTotals bucketTotals(AccountFilter filter) {
        BucketCalendar calendar = calendar();
        return shared.get(List.of("bucketTotals", filter, calendar), () -> bucketTotals(filter, calendar));
    }

    private BucketTotals bucketTotals(AccountFilter filter, BucketCalendar calendar) {
        Query q = new Query(filter, calendar);
        StringBuilder sql = new StringBuilder("select ");
        for (AccountBucket bucket : AccountBucket.values()) {
            String condition = bucketCondition(bucket, calendar, q.params);
            String name = bucket.name().toLowerCase(Locale.ROOT);
            sql.append("count(*) filter (where ")
                    .append(condition)
                    .append(") as count_")
                    .append(name)
                    .append(", ")
                    .append("coalesce(sum(s.won_value) filter (where ")
                    .append(condition)
                    .append("), 0) as won_")
                    .append(name)
                    .append(", ");
        }
        sql.setLength(sql.length() - 2);
        sql.append(" from account_summary s ").append(q.where);
        return jdbc.queryForObject(sql.toString(), q.params, (rs, n) -> {
            Map<AccountBucket, BucketTotals.Total> totals = new EnumMap<>(AccountBucket.class);
            for (AccountBucket bucket : AccountBucket.values()) {
                String name = bucket.name().toLowerCase(Locale.ROOT);
                totals.put(
                        bucket, new BucketTotals.Total(rs.getLong("count_" + name), rs.getBigDecimal("won_" + name)));
            }
            return new BucketTotals(totals);
        });
    }

    /**
     * The numbers on top of the list, for the filter (use {@link AccountFilter#ALL} for everything);
     * read once for every list that shows the same filter until accounts change ({@link SharedReads}).
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public AccountKpis kpis(AccountFilter filter) {
        CompanySettings company = settings.get();
        BucketCalendar calendar = BucketCalendar.of(clock, company.timeZone(), company.firstDayOfWeek());
        return shared.get(List.of("kpis", filter, calendar, company), () -> kpis(filter, company, calendar));
    }

    private AccountKpis kpis(AccountFilter filter, CompanySettings company, BucketCalendar calendar) {
        Query q = new Query(filter, calendar);
        q.params.addValue(
                "kpiCutoff", Timestamp.from(notContactedCutoff(calendar, company, company.notContactedDays())));
        String sql = "select count(*) as accounts, coalesce(sum(s.won_value), 0) as won_value, "
                + "count(*) filter (where " + bucketCondition(AccountBucket.NO_ACTIVITY, calendar, q.params)
                + ") as no_activity, "
                + "count(*) filter (where " + bucketCondition(AccountBucket.OVERDUE, calendar, q.params)
                + ") as overdue, "
                + "count(*) filter (where s.last_activity_at is null or s.last_activity_at < :kpiCutoff) "
                + "as not_contacted, coalesce(sum(s.unconverted_count), 0) as unconverted "
                + "from account_summary s " + q.where;
        return jdbc.queryForObject(
                sql,
                q.params,
                (rs, n) -> new AccountKpis(
                        rs.getLong("accounts"),
                        rs.getBigDecimal("won_value"),
                        company.defaultCurrency(),
                        rs.getLong("no_activity"),
                        rs.getLong("overdue"),
                        rs.getLong("not_contacted"),
                        company.notContactedDays(),
                        rs.getLong("unconverted")));
    }

    /**
     * The custom field values of these organizations (one statement for a page), by organization
     * and field.
     */
    @Transactional(readOnly = true)
    public Map<Long, Map<Long, CustomValue>> customValues(Collection<Long> organizationIds) {
        Map<Long, Map<Long, CustomValue>> values = new HashMap<>();
        if (organizationIds.isEmpty()) {
            return values;
        }
        jdbc.query(
                "select organization_id, field_id, text_value, number_value, date_value, currency "
                        + "from custom_field_value where organization_id in (:ids)",
                new MapSqlParameterSource("ids", organizationIds),
                rs -> {
                    values.computeIfAbsent(rs.getLong("organization_id"), id -> new HashMap<>())
                            .put(
                                    rs.getLong("field_id"),
                                    new CustomValue(
                                            rs.getString("text_value"),
                                            rs.getBigDecimal("number_value"),
                                            SqlList.localDate(rs, "date_value"),
                                            rs.getString("currency")));
                });
        return values;
    }

    /**
     * One account's row as lists and the board show it (one statement), or empty when the id names
     * no account (unknown, deleted, or never won).
     */
    @Transactional(readOnly = true)
    public Optional<AccountRow> row(long organizationId) {
        return jdbc
                .query(
                        "select " + ROW_COLUMNS + ROW_FROM + "where s.organization_id = :id and s.is_account = true",
                        new MapSqlParameterSource("id", organizationId),
                        rowMapper(calendar()))
                .stream()
                .findFirst();
    }

    /** One account, or empty when the id names no account (unknown, deleted, or never won). */
    @Transactional(readOnly = true)
    public Optional<AccountDetails> details(long organizationId) {
        Optional<AccountRow> row = row(organizationId);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        MapSqlParameterSource params = new MapSqlParameterSource("id", organizationId);
        List<AccountDetails.CurrencyTotal> perCurrency = jdbc.query(
                "select d.currency, d.status, count(*) as deals, "
                        + "sum(d.value) as total, max(case when r.currency is null then 0 else 1 end) as convertible from deal d "
                        + "left join conversion_rate r on r.currency = d.currency "
                        + "where d.organization_id = :id and d.deleted_at is null "
                        + "group by d.currency, d.status order by d.status, d.currency",
                params,
                (rs, n) -> new AccountDetails.CurrencyTotal(
                        rs.getString("currency"),
                        DealStatus.valueOf(rs.getString("status")),
                        rs.getInt("deals"),
                        rs.getBigDecimal("total"),
                        rs.getInt("convertible") == 1));
        return Optional.of(new AccountDetails(row.get(), settings.get().defaultCurrency(), perCurrency));
    }

    /** Only bucket and "not contacted" filters depend on today (and cost a settings read). */
    /**
     * A bucket's range as the database applies it ({@link AccountBucket#from}, {@link AccountBucket#to});
     * the bounds are parameters bound by {@link Query} for the same calendar.
     */
    private static String bucketCondition(AccountBucket bucket, BucketCalendar calendar, MapSqlParameterSource params) {
        if (bucket.undated()) {
            return "s.next_activity_date is null";
        }
        List<String> bounds = new ArrayList<>();
        bound(bucket, ">=", "from", bucket.from(calendar), bounds, params);
        bound(bucket, "<=", "to", bucket.to(calendar), bounds, params);
        return "(" + String.join(" and ", bounds) + ")";
    }

    /** One end of a bucket's range, named and bound together (an open end adds nothing). */
    private static void bound(
            AccountBucket bucket,
            String operator,
            String end,
            LocalDate date,
            List<String> bounds,
            MapSqlParameterSource params) {
        if (date != null) {
            String name = "bucket_" + bucket.name().toLowerCase(Locale.ROOT) + "_" + end;
            bounds.add("s.next_activity_date " + operator + " :" + name);
            params.addValue(name, Date.valueOf(date));
        }
    }

    /**
     * How a sort orders the summary's rows: {@code inner} where the page is chosen (with {@code
     * join} and {@code keys} added to the summary's select), {@code outer} once the page is joined
     * with names and activities.
     */
    private record Order(String join, String keys, String inner, String outer) {}

    private static Order order(AccountSort sort, MapSqlParameterSource params) {
        String dir = sort.ascending() ? " asc" : " desc";
        if (sort.field() == AccountSort.Field.CUSTOM_FIELD) {
            // One join reads the field's values once (one row per organization and field: the primary
            // key); a subquery per account made a page cost three look-ups per account. Only one typed
            // column holds a field's values, so ordering by all three fits every type.
            params.addValue("sortFieldId", sort.customFieldId());
            List<String> keys = List.of("sort_number", "sort_date", "sort_text");
            return new Order(
                    "left join custom_field_value sv on sv.organization_id = s.organization_id "
                            + "and sv.field_id = :sortFieldId ",
                    ", sv.number_value as sort_number, sv.date_value as sort_date, lower(sv.text_value) as sort_text",
                    Stream.of("sv.number_value", "sv.date_value", "lower(sv.text_value)", "s.organization_id")
                            .map(c -> c + dir)
                            .collect(Collectors.joining(", ")),
                    Stream.concat(keys.stream().map(k -> "s." + k), Stream.of("s.organization_id"))
                            .map(c -> c + dir)
                            .collect(Collectors.joining(", ")));
        }
        String columns = Stream.concat(sort.field().orderColumns().stream(), Stream.of("s.organization_id"))
                .map(c -> c + dir)
                .collect(Collectors.joining(", "));
        return new Order("", "", columns, columns);
    }

    private static Instant notContactedCutoff(BucketCalendar calendar, CompanySettings company, int days) {
        return calendar.today().minusDays(days).atStartOfDay(company.timeZone()).toInstant();
    }

    private RowMapper<AccountRow> rowMapper(BucketCalendar calendar) {
        return (rs, n) -> {
            LocalDate nextDate = SqlList.localDate(rs, "next_activity_date");
            Long nextId = SqlList.id(rs, "next_activity_id");
            NextActivity next = nextId == null
                    ? null
                    : new NextActivity(
                            nextId,
                            ActivityType.valueOf(rs.getString("next_type")),
                            rs.getString("next_subject"),
                            nextDate,
                            SqlList.localTime(rs, "next_activity_time"),
                            rs.getLong("next_version"));
            return new AccountRow(
                    rs.getLong("organization_id"),
                    rs.getString("name"),
                    rs.getLong("owner_id"),
                    rs.getString("owner_name"),
                    SqlList.instant(rs, "account_since"),
                    rs.getInt("won_count"),
                    rs.getBigDecimal("won_value"),
                    rs.getInt("open_count"),
                    rs.getBigDecimal("open_value"),
                    rs.getInt("unconverted_count"),
                    rs.getInt("people_count"),
                    next,
                    SqlList.instant(rs, "last_activity_at"),
                    calendar.bucketOf(nextDate));
        };
    }

    /** The WHERE clause and parameters of a filter. */
    private final class Query {

        final MapSqlParameterSource params = new MapSqlParameterSource();
        final String where;

        /** @param calendar may be null when the filter has no bucket and no "not contacted" part */
        Query(AccountFilter filter, BucketCalendar calendar) {
            List<String> conditions = new ArrayList<>();
            conditions.add("s.is_account = true");
            if (filter.search() != null) {
                conditions.add("s.search_name like :search escape '\\'");
                params.addValue("search", SearchFolding.containsPattern(filter.search()));
            }
            if (!filter.ownerIds().isEmpty()) {
                conditions.add("s.owner_id in (:ownerIds)");
                params.addValue("ownerIds", filter.ownerIds());
            }
            if (!filter.buckets().isEmpty() && filter.buckets().size() < AccountBucket.values().length) {
                conditions.add("("
                        + String.join(
                                " or ",
                                filter.buckets().stream()
                                        .sorted()
                                        .map(bucket -> bucketCondition(bucket, calendar, params))
                                        .toList())
                        + ")");
            }
            if (filter.notContactedDays() != null) {
                CompanySettings company = settings.get();
                conditions.add("(s.last_activity_at is null or s.last_activity_at < :cutoff)");
                params.addValue(
                        "cutoff",
                        Timestamp.from(notContactedCutoff(calendar, company, Math.max(0, filter.notContactedDays()))));
            }
            if (filter.wonValue() != null) {
                range("s.won_value", "won", filter.wonValue(), conditions);
            }
            for (FieldCondition condition : filter.fields()) {
                conditions.add(fieldCondition(condition, "f" + condition.fieldId()));
            }
            where = "where " + String.join(" and ", conditions);
        }

        /**
         * An organization with a value of the field that meets the condition: a semi-join on the
         * field's values ({@code ix_custom_field_value_number}/{@code _date} for ranges).
         */
        private String fieldCondition(FieldCondition condition, String name) {
            List<String> matches = new ArrayList<>();
            params.addValue(name, condition.fieldId());
            if (condition instanceof FieldCondition.Contains contains) {
                matches.add("lower(v.text_value) like :" + name + "_text escape '\\'");
                params.addValue(
                        name + "_text",
                        SearchFolding.likePattern(contains.text().toLowerCase(Locale.ROOT)));
            } else if (condition instanceof FieldCondition.NumberBetween between) {
                range("v.number_value", name, between.range(), matches);
            } else if (condition instanceof FieldCondition.DateBetween between) {
                Range<LocalDate> dates = between.range();
                range("v.date_value", name, new Range<>(sqlDate(dates.min()), sqlDate(dates.max())), matches);
            } else if (condition instanceof FieldCondition.OneOf oneOf) {
                matches.add("v.text_value in (:" + name + "_options)");
                params.addValue(name + "_options", oneOf.options());
            } else if (condition instanceof FieldCondition.Answer answer) {
                matches.add("v.text_value = :" + name + "_answer");
                params.addValue(name + "_answer", answer.values().get(0));
            }
            return "exists (select 1 from custom_field_value v where v.organization_id = s.organization_id "
                    + "and v.field_id = :" + name + " and " + String.join(" and ", matches) + ")";
        }

        private <T extends Comparable<? super T> & Serializable> void range(
                String column, String name, Range<T> range, List<String> conditions) {
            if (range.min() != null) {
                conditions.add(column + " >= :" + name + "_min");
                params.addValue(name + "_min", range.min());
            }
            if (range.max() != null) {
                conditions.add(column + " <= :" + name + "_max");
                params.addValue(name + "_max", range.max());
            }
        }
    }

    private static Date sqlDate(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
