package com.contas.account;

import com.contas.common.SqlList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * How every column of {@code account_summary} is computed from the base tables: one query that
 * aggregates deals, people and activities grouped by organization (each table read once, not a
 * correlated subquery per row and column), for the organizations of a {@link Scope}. The same
 * query serves the upkeep after a write (a few ids), the full build (id ranges) and the
 * reconciliation (compare), so they cannot disagree. Portable to H2 (PostgreSQL mode) and
 * PostgreSQL.
 */
final class SummarySql {

    /** The computed columns, in the order of the summary table (after {@code organization_id}). */
    static final List<String> COLUMNS = List.of(
            "is_account",
            "search_name",
            "owner_id",
            "owner_sort",
            "won_count",
            "won_value",
            "open_count",
            "open_value",
            "unconverted_count",
            "people_count",
            "account_since",
            "next_activity_id",
            "next_activity_date",
            "next_activity_time",
            "last_activity_at");

    /** Money columns: the only ones a change of conversion rates moves. */
    static final List<String> MONEY_COLUMNS = List.of("won_value", "open_value", "unconverted_count");

    /**
     * Which organizations a statement covers, as a condition on an organization id column; applied
     * to every table the query reads, so that each is read through its organization index.
     */
    enum Scope {
        /** {@code :fromId} to {@code :toId}, both included: the batches of a build or a reconciliation. */
        RANGE(column -> column + " between :fromId and :toId"),
        /** The ids in {@code :ids}: the organizations a write touched, or drifting rows. */
        IDS(column -> column + " in (:ids)"),
        /** The organizations owned by {@code :userId}. */
        OWNER(column -> column + " in (select oo.id from organization oo where oo.owner_id = :userId)"),
        /** Every organization: a change of conversion rates. */
        ALL(column -> "1 = 1");

        private final UnaryOperator<String> condition;

        Scope(UnaryOperator<String> condition) {
            this.condition = condition;
        }

        String on(String column) {
            return condition.apply(column);
        }
    }

    private SummarySql() {}

    /** {@code organization_id} and every column of {@link #COLUMNS}, computed, one row per organization in scope. */
    static String computed(Scope scope) {
        return "select o.id as organization_id, "
                + "(coalesce(d.won_count, 0) > 0 and o.deleted_at is null) as is_account, "
                + "coalesce(" + SqlList.folded("o.name") + ", '') as search_name, "
                + "o.owner_id as owner_id, "
                // A change of a user's display name must refresh the rows of that user's organizations.
                + "coalesce(" + SqlList.folded("u.display_name") + ", '') as owner_sort, "
                + "coalesce(d.won_count, 0) as won_count, coalesce(d.won_value, 0) as won_value, "
                + "coalesce(d.open_count, 0) as open_count, coalesce(d.open_value, 0) as open_value, "
                + "coalesce(d.unconverted_count, 0) as unconverted_count, "
                + "coalesce(p.people_count, 0) as people_count, "
                + "d.account_since as account_since, "
                + "n.id as next_activity_id, n.due_date as next_activity_date, n.due_time as next_activity_time, "
                + "l.last_activity_at as last_activity_at "
                + "from organization o "
                + "left join app_user u on u.id = o.owner_id "
                // Deals in a currency without a rate have a null product: summed by no value, counted apart.
                + "left join (select d.organization_id, "
                + "count(*) filter (where d.status = 'WON') as won_count, "
                + "round(sum(d.value * r.rate) filter (where d.status = 'WON'), 2) as won_value, "
                + "count(*) filter (where d.status = 'OPEN') as open_count, "
                + "round(sum(d.value * r.rate) filter (where d.status = 'OPEN'), 2) as open_value, "
                + "count(*) filter (where r.currency is null) as unconverted_count, "
                + "min(d.won_at) filter (where d.status = 'WON') as account_since "
                + "from deal d left join conversion_rate r on r.currency = d.currency "
                + "where d.status in ('WON', 'OPEN') and d.deleted_at is null and " + scope.on("d.organization_id")
                + " group by d.organization_id) d on d.organization_id = o.id "
                + "left join (select p.organization_id, count(*) as people_count from person p "
                + "where p.deleted_at is null and " + scope.on("p.organization_id")
                + " group by p.organization_id) p on p.organization_id = o.id "
                + "left join (select a.organization_id, max(a.done_at) as last_activity_at from activity a "
                + "where a.done = true and a.deleted_at is null and " + scope.on("a.organization_id")
                + " group by a.organization_id) l on l.organization_id = o.id "
                + "left join (select a.organization_id, a.id, a.due_date, a.due_time, row_number() over "
                + "(partition by a.organization_id order by a.due_date, a.due_time nulls first, a.id) as position "
                + "from activity a where a.done = false and a.deleted_at is null and " + scope.on("a.organization_id")
                + ") n on n.organization_id = o.id and n.position = 1 "
                + "where " + scope.on("o.id");
    }

    /**
     * Writes the computed {@code columns} of the organizations in scope, creating their missing rows
     * (with every column computed) when {@code insertMissing}.
     */
    static String merge(Scope scope, List<String> columns, boolean insertMissing) {
        String sql = "merge into account_summary s using (" + computed(scope) + ") c "
                + "on (s.organization_id = c.organization_id) when matched then update set "
                + columns.stream().map(col -> col + " = c." + col).collect(Collectors.joining(", "));
        if (insertMissing) {
            sql += " when not matched then insert (organization_id, " + String.join(", ", COLUMNS) + ") values "
                    + "(c.organization_id, "
                    + COLUMNS.stream().map(col -> "c." + col).collect(Collectors.joining(", "))
                    + ")";
        }
        return sql;
    }

    /**
     * The organizations in scope whose stored row differs from a recomputation, or is missing
     * ({@code missing} true); changes nothing.
     */
    static String drift(Scope scope) {
        return "select c.organization_id, s.organization_id is null as missing from (" + computed(scope) + ") c "
                + "left join account_summary s on s.organization_id = c.organization_id where s.organization_id is null or "
                + COLUMNS.stream()
                        .map(col -> "s." + col + " is distinct from c." + col)
                        .collect(Collectors.joining(" or "))
                + " order by c.organization_id";
    }
}
