package com.contas.common;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    private PendingSearch pendingSearch;
    private SomeMatches someMatches;

    /**
     * @param from     the FROM clause with its joins, e.g. {@code "deal d left join organization o on ..."}
     * @param idColumn the unique column that breaks ties, e.g. {@code "d.id"}
     */
    public SqlList(String from, String idColumn) {
        this.from = from;
        this.idColumn = idColumn;
        foldingParameters(params);
    }

    /** Binds the parameters that {@link #folded(String)} names (the accented letters and their plain ones). */
    public static MapSqlParameterSource foldingParameters(MapSqlParameterSource params) {
        return params.addValue("foldFrom", SearchFolding.FROM).addValue("foldTo", SearchFolding.TO);
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
     * Finds {@code text} in any of several places, each a select of ids that its own trigram index
     * serves on PostgreSQL ({@code idSelects}, each matching with {@link #matches(String)}). How
     * depends on how many rows match, which a probe of each place finds out first (reading at
     * most {@link #SELECTIVE_MATCHES} ids from each):
     * <ul>
     * <li>few (a name, a rare word: up to {@link #SELECTIVE_MATCHES}): the ids found become the condition,
     * {@code idColumn = any(array)}, and the database reads only those rows. (An {@code in (select ... union select
     * ...)} instead made PostgreSQL misjudge its size and read every deal.)</li>
     * <li>many (a common word: "cons" is in a fifth of all deals): an OR of LIKEs over
     * {@code foldedColumns}, which lets a page sorted by an indexed column stop as soon as it is
     * full, matches being frequent. (Collecting every matching id first read 200,000 rows per
     * keystroke, over a second.)</li>
     * </ul>
     * Two characters give no trigram for an index to use: they keep the OR. Text shorter than
     * {@link SearchFolding#MIN_LENGTH} characters filters nothing.
     */
    public SqlList searchIds(String text, List<String> foldedColumns, String idColumn, String... idSelects) {
        if (!SearchFolding.isSearch(text)) {
            return this;
        }
        if (SearchFolding.normalize(text).strip().length() < 3) {
            return search(text, foldedColumns.toArray(String[]::new));
        }
        params.addValue("search", SearchFolding.containsPattern(text));
        pendingSearch = new PendingSearch(text, foldedColumns, idColumn, List.of(idSelects));
        return this;
    }

    /** How many matching ids a search still turns into a list of ids (see {@link #searchIds}). */
    public static final int SELECTIVE_MATCHES = 10_000;

    private record PendingSearch(String text, List<String> foldedColumns, String idColumn, List<String> idSelects) {}

    /** Rows a common word certainly matches (what the probe read): enough, often, for a capped count. */
    private record SomeMatches(String idColumn, Long[] ids) {}

    /** Probes a {@link #searchIds} search's places and adds its condition (once). */
    private void resolveSearch(NamedParameterJdbcTemplate jdbc) {
        if (pendingSearch == null) {
            return;
        }
        PendingSearch pending = pendingSearch;
        pendingSearch = null;
        MapSqlParameterSource probe =
                new MapSqlParameterSource(params.getValues()).addValue("probe", SELECTIVE_MATCHES + 1);
        Set<Long> ids = new LinkedHashSet<>();
        for (String select : pending.idSelects()) {
            List<Long> found = jdbc.queryForList(select + " fetch first :probe rows only", probe, Long.class);
            ids.addAll(found);
            if (found.size() > SELECTIVE_MATCHES || ids.size() > SELECTIVE_MATCHES) {
                search(pending.text(), pending.foldedColumns().toArray(String[]::new));
                someMatches = new SomeMatches(pending.idColumn(), ids.toArray(Long[]::new));
                return;
            }
        }
        if (ids.isEmpty()) {
            conditions.add("1 = 0");
        } else {
            // One array parameter, not thousands of placeholders.
            conditions.add(pending.idColumn() + " = any(:searchIds)");
            params.addValue("searchIds", ids.toArray(Long[]::new));
        }
    }

    /** The search condition of one {@link #searchIds} branch, on a folded column. */
    public static String matches(String foldedColumn) {
        return foldedColumn + " like :search escape '\\'";
    }

    public long count(NamedParameterJdbcTemplate jdbc) {
        return count(jdbc, Long.MAX_VALUE);
    }

    /**
     * How many rows match, counting no further than {@code atMost}: the database stops reading once
     * it has found that many. An exact count of a million deals reads a million rows on every
     * opening of the list and every search; a list that shows at most ten thousand rows need not.
     */
    public long count(NamedParameterJdbcTemplate jdbc, long atMost) {
        resolveSearch(jdbc);
        if (someMatches != null && atMost <= someMatches.ids().length) {
            // A common word: if the rows the probe read already hold atMost rows that pass every
            // other condition, that is the answer, without scanning for the word.
            long found = cappedCount(
                    jdbc,
                    " and " + someMatches.idColumn() + " = any(:someMatches)",
                    new MapSqlParameterSource(params.getValues()).addValue("someMatches", someMatches.ids()),
                    atMost);
            if (found >= atMost) {
                return found;
            }
        }
        if (atMost == Long.MAX_VALUE) {
            Long count = jdbc.queryForObject("select count(*) from " + from + where(), params, Long.class);
            return count == null ? 0 : count;
        }
        return cappedCount(jdbc, "", new MapSqlParameterSource(params.getValues()), atMost);
    }

    /** The rows matching the conditions and {@code extra}, counted no further than {@code atMost}. */
    private long cappedCount(NamedParameterJdbcTemplate jdbc, String extra, MapSqlParameterSource values, long atMost) {
        Long count = jdbc.queryForObject(
                "select count(*) from (select 1 as found from " + from + where() + extra
                        + " fetch first :atMost rows only) capped",
                values.addValue("atMost", atMost),
                Long.class);
        return count == null ? 0 : count;
    }

    /**
     * One page. {@code sortColumns} maps the sort keys the screen may ask for to SQL expressions;
     * an unknown or missing key sorts by {@code defaultKey}.
     */
    public <T> List<T> page(
            NamedParameterJdbcTemplate jdbc,
            String select,
            PageSpec page,
            Map<String, String> sortColumns,
            String defaultKey,
            RowMapper<T> mapper) {
        resolveSearch(jdbc);
        String key = page.sortKey() != null && sortColumns.containsKey(page.sortKey()) ? page.sortKey() : defaultKey;
        String direction = page.ascending() || !key.equals(page.sortKey()) ? " asc" : " desc";
        // No explicit NULLS: both databases put nulls last ascending and first descending, which an
        // index on (column, id) serves in both directions.
        String order = sortColumns.get(key) + direction + ", " + idColumn + direction;
        MapSqlParameterSource all = new MapSqlParameterSource(params.getValues());
        return jdbc.query(
                "select " + select + " from " + from + where() + " order by " + order + " "
                        + paging(all, page.offset(), page.limit()),
                all,
                mapper);
    }

    /** A nullable timestamp column as an instant. */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    /** The paging clause of a statement, its offset and limit bound as parameters in {@code params}. */
    public static String paging(MapSqlParameterSource params, int offset, int limit) {
        params.addValue("offset", Math.max(0, offset)).addValue("limit", Math.max(0, limit));
        return "offset :offset rows fetch next :limit rows only";
    }

    /** A nullable date column. */
    public static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    /** A nullable time column. */
    public static LocalTime localTime(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalTime.class);
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
