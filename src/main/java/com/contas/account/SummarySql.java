package com.contas.account;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How each column of {@code account_summary} is computed from the base tables, as SQL correlated
 * to {@code s.organization_id}. One definition serves the upkeep (UPDATE) and the reconciliation
 * (compare), so they cannot disagree. Portable to H2 (PostgreSQL mode) and PostgreSQL.
 */
final class SummarySql {

    private static final String WON = "d.organization_id = s.organization_id and d.status = 'WON' and d.deleted_at is null";
    private static final String OPEN = "d.organization_id = s.organization_id and d.status = 'OPEN' and d.deleted_at is null";
    private static final String OPEN_ACTIVITY =
            "a.organization_id = s.organization_id and a.done = false and a.deleted_at is null";

    /** Columns that depend only on the base tables (first statement of a refresh). */
    static final Map<String, String> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("is_account", "(exists (select 1 from deal d where " + WON + ") and exists (select 1 from "
                + "organization o where o.id = s.organization_id and o.deleted_at is null))");
        COLUMNS.put("search_name",
                "coalesce((select lower(translate(o.name, :accented, :plain)) from organization o "
                        + "where o.id = s.organization_id), '')");
        // A change of a user's display name must refresh the rows of that user's organizations.
        COLUMNS.put("owner_id", "(select o.owner_id from organization o where o.id = s.organization_id)");
        COLUMNS.put("owner_sort", "coalesce((select lower(translate(u.display_name, :accented, :plain)) "
                + "from organization o join app_user u on u.id = o.owner_id where o.id = s.organization_id), '')");
        COLUMNS.put("won_count", "(select count(*) from deal d where " + WON + ")");
        COLUMNS.put("won_value", "(select coalesce(round(sum(d.value * r.rate), 2), 0) from deal d "
                + "join conversion_rate r on r.currency = d.currency where " + WON + ")");
        COLUMNS.put("open_count", "(select count(*) from deal d where " + OPEN + ")");
        COLUMNS.put("open_value", "(select coalesce(round(sum(d.value * r.rate), 2), 0) from deal d "
                + "join conversion_rate r on r.currency = d.currency where " + OPEN + ")");
        COLUMNS.put("unconverted_count", "(select count(*) from deal d where d.organization_id = s.organization_id "
                + "and d.status in ('WON', 'OPEN') and d.deleted_at is null "
                + "and not exists (select 1 from conversion_rate r where r.currency = d.currency))");
        COLUMNS.put("people_count", "(select count(*) from person p where p.organization_id = s.organization_id "
                + "and p.deleted_at is null)");
        COLUMNS.put("account_since", "(select min(d.won_at) from deal d where " + WON + ")");
        COLUMNS.put("next_activity_id", "(select a.id from activity a where " + OPEN_ACTIVITY
                + " order by a.due_date, a.due_time nulls first, a.id fetch first 1 rows only)");
        COLUMNS.put("last_activity_at", "(select max(a.done_at) from activity a where a.organization_id = "
                + "s.organization_id and a.done = true and a.deleted_at is null)");
    }

    /** Columns copied from the next activity (second statement: they need its new id). */
    static final Map<String, String> NEXT_COLUMNS = new LinkedHashMap<>();

    static {
        NEXT_COLUMNS.put("next_activity_date", "(select a.due_date from activity a where a.id = s.next_activity_id)");
        NEXT_COLUMNS.put("next_activity_time", "(select a.due_time from activity a where a.id = s.next_activity_id)");
    }

    /** Money columns: the only ones a change of conversion rates moves. */
    static final String[] MONEY_COLUMNS = {"won_value", "open_value", "unconverted_count"};

    private SummarySql() {
    }

    static String update(Map<String, String> columns, String where) {
        return "update account_summary s set " + columns.entrySet().stream()
                .map(e -> e.getKey() + " = " + e.getValue()).collect(Collectors.joining(", ")) + " " + where;
    }

    /** Selects the ids of rows whose stored value differs from a recomputation. */
    static String drift() {
        Map<String, String> all = new LinkedHashMap<>(COLUMNS);
        all.put("next_activity_date", "(select a.due_date from activity a where a.id = " + COLUMNS.get("next_activity_id") + ")");
        all.put("next_activity_time", "(select a.due_time from activity a where a.id = " + COLUMNS.get("next_activity_id") + ")");
        return "select s.organization_id from account_summary s where " + all.entrySet().stream()
                .map(e -> "s." + e.getKey() + " is distinct from " + e.getValue())
                .collect(Collectors.joining(" or ")) + " order by s.organization_id";
    }
}
