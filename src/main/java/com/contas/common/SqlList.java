package com.contas.common;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * A list screen's query: the filter becomes a WHERE clause, the chosen sort an ORDER BY (always
 * ending with the id, so pages never overlap), and a page is fetched with OFFSET/FETCH; the count
 * uses the same WHERE. Everything happens in the database. Conditions are SQL written by the
 * caller with named parameters; user input only ever goes into parameters.
 */
public final class SqlList {

    private final String from;
    private final String idColumn;
    private final List<String> conditions = new ArrayList<>();
    private final MapSqlParameterSource params = new MapSqlParameterSource();

    /**
     * @param from     the FROM clause with its joins, e.g. {@code "deal d left join organization o on ..."}
     * @param idColumn the unique column that breaks ties, e.g. {@code "d.id"}
     */
    public SqlList(String from, String idColumn) {
        this.from = from;
        this.idColumn = idColumn;
        params.addValue("foldFrom", SearchFolding.FROM).addValue("foldTo", SearchFolding.TO);
    }

    /**
     * A text column as names are compared and sorted: lower case without accents, so that
     * "Ótica" sorts with the O's on both databases.
     */
    public static String folded(String column) {
        return "lower(translate(" + column + ", :foldFrom, :foldTo))";
    }

    /** Adds a condition (with the parameter it names) when {@code value} is not null. */
    public SqlList where(String condition, String param, Object value) {
        if (value != null) {
            conditions.add(condition);
            params.addValue(param, value);
        }
        return this;
    }

    /** Adds a condition without parameters. */
    public SqlList where(String condition) {
        conditions.add(condition);
        return this;
    }

    /**
     * Finds {@code text} anywhere in any of {@code foldedColumns}, ignoring case and accents;
     * nothing when the text is blank. The columns hold folded text already: a stored folded column
     * (indexed) or {@link #folded(String)} of a plain one.
     */
    public SqlList search(String text, String... foldedColumns) {
        if (text == null || text.isBlank()) {
            return this;
        }
        List<String> parts = new ArrayList<>();
        for (String column : foldedColumns) {
            parts.add(column + " like :search escape '\\'");
        }
        conditions.add("(" + String.join(" or ", parts) + ")");
        params.addValue("search", SearchFolding.containsPattern(text));
        return this;
    }

    /**
     * Finds {@code text} in any of several places, each a select of ids served by its own index
     * (a trigram index on PostgreSQL): {@code idColumn in (select ... union select ...)}. An OR of
     * LIKEs across a join (the deal's title or its organization's name) makes the database read
     * every row; a union of id sets lets each branch use its index. Each branch matches with
     * {@link #matches(String)}. Text shorter than {@link SearchFolding#MIN_LENGTH} characters
     * filters nothing (a one-letter "contains" matches most rows and no index serves it).
     */
    public SqlList searchIds(String text, String idColumn, String... idSelects) {
        if (!SearchFolding.isSearch(text)) {
            return this;
        }
        conditions.add(idColumn + " in (" + String.join(" union ", idSelects) + ")");
        params.addValue("search", SearchFolding.containsPattern(text));
        return this;
    }

    /** The search condition of one {@link #searchIds} branch, on a folded column. */
    public static String matches(String foldedColumn) {
        return foldedColumn + " like :search escape '\\'";
    }

    public long count(NamedParameterJdbcTemplate jdbc) {
        Long count = jdbc.queryForObject("select count(*) from " + from + where(), params, Long.class);
        return count == null ? 0 : count;
    }

    /**
     * One page. {@code sortColumns} maps the sort keys the screen may ask for to SQL expressions;
     * an unknown or missing key sorts by {@code defaultKey}.
     */
    public <T> List<T> page(NamedParameterJdbcTemplate jdbc, String select, PageSpec page,
            Map<String, String> sortColumns, String defaultKey, RowMapper<T> mapper) {
        String key = page.sortKey() != null && sortColumns.containsKey(page.sortKey()) ? page.sortKey() : defaultKey;
        String direction = page.ascending() || !key.equals(page.sortKey()) ? " asc" : " desc";
        // No explicit NULLS: both databases put nulls last ascending and first descending, which an
        // index on (column, id) serves in both directions.
        String order = sortColumns.get(key) + direction + ", " + idColumn + direction;
        MapSqlParameterSource all = new MapSqlParameterSource(params.getValues())
                .addValue("offset", page.offset()).addValue("limit", page.limit());
        return jdbc.query("select " + select + " from " + from + where() + " order by " + order
                + " offset :offset rows fetch next :limit rows only", all, mapper);
    }

    /** A nullable timestamp column as an instant. */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    /** A nullable id column. */
    public static Long id(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }
}
