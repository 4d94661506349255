package com.contas.detail;

import static com.contas.common.SqlList.id;
import static com.contas.common.SqlList.instant;
import static com.contas.common.SqlList.localDate;
import static com.contas.common.SqlList.localTime;

import com.contas.activity.ActivityType;
import com.contas.common.SearchFolding;
import com.contas.common.SqlList;
import com.contas.deal.DealStatus;
import com.contas.person.PersonService;
import com.contas.trash.TrashService;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an organization's or a person's sections list (the account drawer, the organization page,
 * the person page): activities, deals, people, notes, files and the history timeline, of one
 * {@link DetailScope}. Every list is a page chosen, sorted and counted by the database, so an account
 * with thousands of activities costs the same as one with three.
 */
@Service
public class DetailQueries {

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    DetailQueries(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** How many items each section holds, in one statement (for the tab labels and lazy lists). */
    @Transactional(readOnly = true)
    public SectionCounts counts(DetailScope scope) {
        return jdbc.queryForObject(
                "select "
                        + "(select count(*) from activity a where " + linkedTo(scope, "a")
                        + " and a.deleted_at is null) as activities, "
                        + "(select count(*) from deal d where " + linkedTo(scope, "d")
                        + " and d.deleted_at is null) as deals, "
                        + peopleCount(scope) + " as people, "
                        + "(select count(*) from note n where " + linkedTo(scope, "n")
                        + " and n.deleted_at is null) as notes, "
                        + "(select count(*) from stored_file f where " + linkedTo(scope, "f")
                        + " and f.deleted_at is null) as files, "
                        + "(select count(*) from change_record c where " + changesOf(scope) + ") "
                        + "+ (select count(*) from activity a where " + linkedTo(scope, "a")
                        + " and a.deleted_at is null and a.done = true) "
                        + "+ (select count(*) from note n where " + linkedTo(scope, "n")
                        + " and n.deleted_at is null) as history",
                params(scope),
                (rs, n) -> new SectionCounts(
                        rs.getInt("activities"),
                        rs.getInt("deals"),
                        rs.getInt("people"),
                        rs.getInt("notes"),
                        rs.getInt("files"),
                        rs.getInt("history")));
    }

    /** Open activities first (earliest due first, as the next activity), then done ones, newest first. */
    @Transactional(readOnly = true)
    public List<ActivityLine> activities(DetailScope scope, int offset, int limit) {
        MapSqlParameterSource params = params(scope);
        return jdbc.query(
                "select a.id, a.type, a.subject, a.due_date, a.due_time, a.duration_minutes, a.done, "
                        + "a.done_at, a.note, a.person_id, p.name as person_name, a.deal_id, d.title as deal_title, "
                        + "a.assignee_id, u.display_name as assignee_name, a.version "
                        + "from activity a join app_user u on u.id = a.assignee_id "
                        + "left join person p on p.id = a.person_id left join deal d on d.id = a.deal_id "
                        + "where " + linkedTo(scope, "a") + " and a.deleted_at is null "
                        + "order by a.done, case when a.done then null else a.due_date end nulls last, "
                        + "case when a.done then null else a.due_time end nulls first, a.done_at desc nulls last, a.id "
                        + SqlList.paging(params, offset, limit),
                params,
                (rs, n) -> new ActivityLine(
                        rs.getLong("id"),
                        ActivityType.valueOf(rs.getString("type")),
                        rs.getString("subject"),
                        localDate(rs, "due_date"),
                        localTime(rs, "due_time"),
                        rs.getObject("duration_minutes", Integer.class),
                        rs.getBoolean("done"),
                        instant(rs, "done_at"),
                        rs.getString("note"),
                        id(rs, "person_id"),
                        rs.getString("person_name"),
                        id(rs, "deal_id"),
                        rs.getString("deal_title"),
                        rs.getLong("assignee_id"),
                        rs.getString("assignee_name"),
                        rs.getLong("version")));
    }

    /** Won deals first (newest win first), then open ones, then lost ones. */
    @Transactional(readOnly = true)
    public List<DealLine> deals(DetailScope scope, int offset, int limit) {
        return deals(
                scope,
                "",
                "case d.status when 'WON' then 0 when 'OPEN' then 1 else 2 end, "
                        + "coalesce(d.won_at, d.lost_at, d.created_at) desc, d.id desc",
                offset,
                limit);
    }

    /** Open deals of the organization by title, to link an activity to one. */
    @Transactional(readOnly = true)
    public List<DealLine> openDeals(long organizationId, String titleFilter, int offset, int limit) {
        DetailScope scope = DetailScope.organization(organizationId);
        MapSqlParameterSource params = params(scope);
        String condition = " and d.status = 'OPEN'" + nameCondition("d.title_sort", titleFilter, params);
        return deals(scope, params, condition, "d.title_sort, d.id", offset, limit);
    }

    private List<DealLine> deals(DetailScope scope, String condition, String order, int offset, int limit) {
        return deals(scope, params(scope), condition, order, offset, limit);
    }

    private List<DealLine> deals(
            DetailScope scope, MapSqlParameterSource params, String condition, String order, int offset, int limit) {
        return jdbc.query(
                "select d.id, d.title, d.value, d.currency, d.status, d.won_at, d.lost_at, d.lost_reason, "
                        + "s.name as stage_name, u.display_name as owner_name, d.person_id, p.name as person_name "
                        + "from deal d join deal_stage s on s.id = d.stage_id "
                        + "join app_user u on u.id = d.owner_id left join person p on p.id = d.person_id "
                        + "where " + linkedTo(scope, "d") + " and d.deleted_at is null"
                        + condition + " order by " + order + " " + SqlList.paging(params, offset, limit),
                params,
                (rs, n) -> new DealLine(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getBigDecimal("value"),
                        rs.getString("currency"),
                        DealStatus.valueOf(rs.getString("status")),
                        instant(rs, "won_at"),
                        instant(rs, "lost_at"),
                        rs.getString("lost_reason"),
                        rs.getString("stage_name"),
                        rs.getString("owner_name"),
                        id(rs, "person_id"),
                        rs.getString("person_name")));
    }

    /** People of the organization by name, with their first e-mail and phone. */
    @Transactional(readOnly = true)
    public List<PersonLine> people(long organizationId, String nameFilter, int offset, int limit) {
        MapSqlParameterSource params = params(DetailScope.organization(organizationId));
        String condition = nameCondition("p.name_sort", nameFilter, params);
        return jdbc.query(
                "select p.id, p.name, "
                        + "(select e.email from person_email e where e.person_id = p.id and e.position = 0) as email, "
                        + "(select t.phone from person_phone t where t.person_id = p.id and t.position = 0) as phone, "
                        + "p.version from person p where p.organization_id = :id and p.deleted_at is null" + condition
                        + " order by p.name_sort, p.id " + SqlList.paging(params, offset, limit),
                params,
                (rs, n) -> new PersonLine(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("email"),
                        rs.getString("phone"),
                        rs.getLong("version")));
    }

    /** Pinned notes first, then newest first, with who wrote and who last edited each. */
    @Transactional(readOnly = true)
    public List<NoteLine> notes(DetailScope scope, int offset, int limit) {
        MapSqlParameterSource params = params(scope);
        return jdbc.query(
                "select n.id, n.body, n.pinned, n.author_id, u.display_name as author_name, n.created_at, "
                        + "e.display_name as editor_name, n.edited_at, n.version "
                        + "from note n join app_user u on u.id = n.author_id "
                        + "left join app_user e on e.id = n.edited_by "
                        + "where " + linkedTo(scope, "n") + " and n.deleted_at is null "
                        + "order by n.pinned desc, n.created_at desc, n.id desc "
                        + SqlList.paging(params, offset, limit),
                params,
                (rs, n) -> new NoteLine(
                        rs.getLong("id"),
                        rs.getString("body"),
                        rs.getBoolean("pinned"),
                        rs.getLong("author_id"),
                        rs.getString("author_name"),
                        instant(rs, "created_at"),
                        rs.getString("editor_name"),
                        instant(rs, "edited_at"),
                        rs.getLong("version")));
    }

    /** Files, newest first (never their bytes). */
    @Transactional(readOnly = true)
    public List<FileLine> files(DetailScope scope, int offset, int limit) {
        MapSqlParameterSource params = params(scope);
        return jdbc.query(
                "select f.id, f.name, f.content_type, f.size_bytes, f.uploader_id, u.display_name as uploader_name, "
                        + "f.created_at, f.version from stored_file f join app_user u on u.id = f.uploader_id "
                        + "where " + linkedTo(scope, "f") + " and f.deleted_at is null "
                        + "order by f.created_at desc, f.id desc " + SqlList.paging(params, offset, limit),
                params,
                (rs, n) -> new FileLine(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("content_type"),
                        rs.getLong("size_bytes"),
                        rs.getLong("uploader_id"),
                        rs.getString("uploader_name"),
                        instant(rs, "created_at"),
                        rs.getLong("version")));
    }

    /**
     * The scope's notes or files in the trash that {@code viewer} may restore (their own, or what
     * they deleted; an admin: all), deleted in the last {@link TrashService#KEEP_DAYS} days, newest
     * deletion first.
     */
    @Transactional(readOnly = true)
    public List<DeletedLine> deleted(
            Trashed kind, DetailScope scope, long viewer, boolean admin, int offset, int limit) {
        MapSqlParameterSource params = deletedParams(scope, viewer);
        return jdbc.query(
                "select t.id, " + kind.label + " as label, u.display_name as deleted_by_name, t.deleted_at "
                        + "from " + kind.table + " t left join app_user u on u.id = t.deleted_by "
                        + "where " + deletedCondition(kind, scope, admin)
                        + " order by t.deleted_at desc, t.id desc " + SqlList.paging(params, offset, limit),
                params,
                (rs, n) -> new DeletedLine(
                        rs.getLong("id"),
                        rs.getString("label"),
                        rs.getString("deleted_by_name"),
                        instant(rs, "deleted_at")));
    }

    /** How many items {@link #deleted} lists. */
    @Transactional(readOnly = true)
    public int deletedCount(Trashed kind, DetailScope scope, long viewer, boolean admin) {
        return jdbc.queryForObject(
                "select count(*) from " + kind.table + " t where " + deletedCondition(kind, scope, admin),
                deletedParams(scope, viewer),
                Integer.class);
    }

    private static String deletedCondition(Trashed kind, DetailScope scope, boolean admin) {
        return linkedTo(scope, "t") + " and t.deleted_at >= :cutoff"
                + (admin ? "" : " and (t.deleted_by = :viewer or t." + kind.owner + " = :viewer)");
    }

    private MapSqlParameterSource deletedParams(DetailScope scope, long viewer) {
        return params(scope)
                .addValue("viewer", viewer)
                .addValue(
                        "cutoff",
                        clock.instant()
                                .minus(Duration.ofDays(TrashService.KEEP_DAYS))
                                .atOffset(ZoneOffset.UTC));
    }

    /** The kinds of item whose sections list what was deleted of them. */
    public enum Trashed {
        NOTES("note", "t.body", "author_id"),
        FILES("stored_file", "t.name", "uploader_id");

        private final String table;
        private final String label;
        private final String owner;

        Trashed(String table, String label, String owner) {
            this.table = table;
            this.label = label;
            this.owner = owner;
        }
    }

    /**
     * Change records, done activities and notes in one timeline, newest first. An organization's
     * changes are its own and those of everything linked to it; a person's are the person's own.
     */
    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(DetailScope scope, int offset, int limit) {
        MapSqlParameterSource params = params(scope);
        return jdbc.query(
                "select t.kind, t.item_id, t.at, u.display_name as user_name, t.title, t.field, "
                        + shownValue("t.old_value") + " as old_value, " + shownValue("t.new_value")
                        + " as new_value from ("
                        + "select 'CHANGE' as kind, c.id as item_id, c.changed_at as at, c.changed_by as user_id, "
                        + "c.entity_type as title, c.field, c.old_value, c.new_value "
                        + "from change_record c where " + changesOf(scope) + " "
                        + "union all select 'ACTIVITY', a.id, a.done_at, a.assignee_id, a.subject, a.type, null, null "
                        + "from activity a where " + linkedTo(scope, "a")
                        + " and a.deleted_at is null and a.done = true "
                        + "union all select 'NOTE', n.id, n.created_at, n.author_id, n.body, null, null, null "
                        + "from note n where " + linkedTo(scope, "n") + " and n.deleted_at is null"
                        + ") t left join app_user u on u.id = t.user_id order by t.at desc, t.kind, t.item_id desc "
                        + SqlList.paging(params, offset, limit),
                params,
                (rs, n) -> new TimelineEntry(
                        TimelineEntry.Kind.valueOf(rs.getString("kind")),
                        rs.getLong("item_id"),
                        instant(rs, "at"),
                        rs.getString("user_name"),
                        rs.getString("title"),
                        rs.getString("field"),
                        rs.getString("old_value"),
                        rs.getString("new_value")));
    }

    /**
     * "Contains, ignoring case and accents", on the folded column the database keeps beside the
     * name (as the lists search; see {@link SearchFolding}).
     */
    private static String nameCondition(String foldedColumn, String filter, MapSqlParameterSource params) {
        if (filter == null || filter.isBlank()) {
            return "";
        }
        params.addValue("pattern", SearchFolding.containsPattern(filter));
        return " and " + foldedColumn + " like :pattern escape '\\'";
    }

    /**
     * Owner and organization changes are recorded as ids; the timeline shows the user's or the
     * organization's name (the id when it is gone for good).
     */
    private static String shownValue(String column) {
        return "case t.field when 'owner' then coalesce((select o.display_name from app_user o "
                + "where cast(o.id as varchar(20)) = " + column + "), " + column + ") "
                + "when 'organization' then coalesce((select g.name from organization g "
                + "where cast(g.id as varchar(20)) = " + column + "), " + column + ") else " + column + " end";
    }

    /** The condition that a row of activity, deal, note or stored_file ({@code alias}) is linked to the scope. */
    private static String linkedTo(DetailScope scope, String alias) {
        return switch (scope.kind()) {
            case ORGANIZATION -> alias + ".organization_id = :id";
            case PERSON -> alias + ".person_id = :id";
        };
    }

    /** The change records of the scope's history ({@code c}). */
    private static String changesOf(DetailScope scope) {
        return switch (scope.kind()) {
            case ORGANIZATION -> "c.organization_id = :id";
            case PERSON -> "c.entity_type = :entity and c.entity_id = :id";
        };
    }

    /** An organization's people; a person has none. */
    private static String peopleCount(DetailScope scope) {
        return switch (scope.kind()) {
            case ORGANIZATION ->
                "(select count(*) from person p where p.organization_id = :id and p.deleted_at is null)";
            case PERSON -> "0";
        };
    }

    private static MapSqlParameterSource params(DetailScope scope) {
        return new MapSqlParameterSource("id", scope.id()).addValue("entity", PersonService.ENTITY);
    }

    /** How many activities, deals, people, notes, files and timeline entries a scope has. */
    public record SectionCounts(int activities, int deals, int people, int notes, int files, int history)
            implements Serializable {}

    /** One activity as the drawer lists it, with the names of what it links to. */
    public record ActivityLine(
            long id,
            ActivityType type,
            String subject,
            LocalDate dueDate,
            LocalTime dueTime,
            Integer durationMinutes,
            boolean done,
            Instant doneAt,
            String note,
            Long personId,
            String personName,
            Long dealId,
            String dealTitle,
            long assigneeId,
            String assigneeName,
            long version)
            implements Serializable {}

    /** One deal as the drawer lists it, with its person's name (if it has one). */
    public record DealLine(
            long id,
            String title,
            BigDecimal value,
            String currency,
            DealStatus status,
            Instant wonAt,
            Instant lostAt,
            String lostReason,
            String stageName,
            String ownerName,
            Long personId,
            String personName)
            implements Serializable {}

    /** One person with the first e-mail and phone. */
    public record PersonLine(long id, String name, String email, String phone, long version) implements Serializable {}

    /** One note with its author's name, and who last edited its text and when (null if nobody has). */
    public record NoteLine(
            long id,
            String body,
            boolean pinned,
            long authorId,
            String authorName,
            Instant createdAt,
            String editorName,
            Instant editedAt,
            long version)
            implements Serializable {}

    /** One file's metadata with its uploader's name. */
    public record FileLine(
            long id,
            String name,
            String contentType,
            long sizeBytes,
            long uploaderId,
            String uploaderName,
            Instant createdAt,
            long version)
            implements Serializable {}

    /** One note or file in the trash, as its section lists it for restoring. */
    public record DeletedLine(long id, String label, String deletedByName, Instant deletedAt) implements Serializable {}

    /**
     * One timeline entry: a change ({@code title} = entity type, field, old → new), a done activity
     * ({@code title} = subject, {@code field} = type) or a note ({@code title} = body).
     */
    public record TimelineEntry(
            Kind kind,
            long id,
            Instant at,
            String userName,
            String title,
            String field,
            String oldValue,
            String newValue)
            implements Serializable {

        public enum Kind {
            CHANGE,
            ACTIVITY,
            NOTE
        }
    }
}
