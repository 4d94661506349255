package com.contas.trash;

import com.contas.activity.ActivityService;
import com.contas.common.NotFoundException;
import com.contas.common.PageSpec;
import com.contas.common.SqlList;
import com.contas.deal.DealService;
import com.contas.file.FileService;
import com.contas.note.NoteService;
import com.contas.organization.OrganizationService;
import com.contas.person.PersonService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trash of every kind of record: what was deleted in the last {@link #KEEP_DAYS} days, restoring
 * it through its own service (which checks who may, and brings its links and account numbers
 * back), and the daily purge of what is older.
 */
@Service
public class TrashService {

    public static final int KEEP_DAYS = 30;
    public static final List<String> TYPES = List.of(
            OrganizationService.ENTITY,
            PersonService.ENTITY,
            DealService.ENTITY,
            ActivityService.ENTITY,
            NoteService.ENTITY,
            FileService.ENTITY);

    private static final Logger log = LoggerFactory.getLogger(TrashService.class);

    /** Per kind: its table and the column that names a row. */
    private static final Map<String, String[]> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put(OrganizationService.ENTITY, new String[] {"organization", "name"});
        TABLES.put(PersonService.ENTITY, new String[] {"person", "name"});
        TABLES.put(DealService.ENTITY, new String[] {"deal", "title"});
        TABLES.put(ActivityService.ENTITY, new String[] {"activity", "subject"});
        TABLES.put(NoteService.ENTITY, new String[] {"note", "substring(body, 1, 100)"});
        TABLES.put(FileService.ENTITY, new String[] {"stored_file", "name"});
    }

    private static final Map<String, String> SORTS =
            Map.of("deletedAt", "t.deleted_at", "type", "t.type", "label", SqlList.folded("t.label"));

    private final NamedParameterJdbcTemplate jdbc;
    private final OrganizationService organizations;
    private final PersonService people;
    private final DealService deals;
    private final ActivityService activities;
    private final NoteService notes;
    private final FileService files;
    private final Clock clock;

    TrashService(
            NamedParameterJdbcTemplate jdbc,
            OrganizationService organizations,
            PersonService people,
            DealService deals,
            ActivityService activities,
            NoteService notes,
            FileService files,
            Clock clock) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.people = people;
        this.deals = deals;
        this.activities = activities;
        this.notes = notes;
        this.files = files;
        this.clock = clock;
    }

    /** One page of what is in the trash, newest first unless asked otherwise. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<TrashRow> list(TrashFilter filter, PageSpec page) {
        PageSpec newestFirst =
                page.sortKey() == null ? new PageSpec(page.offset(), page.limit(), "deletedAt", false) : page;
        return query(filter)
                .page(
                        jdbc,
                        "t.type, t.id, t.label, t.deleted_at, u.display_name as deleted_by_name",
                        newestFirst,
                        SORTS,
                        "deletedAt",
                        (rs, i) -> {
                            Instant deletedAt = SqlList.instant(rs, "deleted_at");
                            return new TrashRow(
                                    rs.getString("type"),
                                    rs.getLong("id"),
                                    rs.getString("label"),
                                    deletedAt,
                                    rs.getString("deleted_by_name"),
                                    deletedAt.plus(Duration.ofDays(KEEP_DAYS)));
                        });
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public long count(TrashFilter filter) {
        return query(filter).count(jdbc);
    }

    /** How many rows the filter finds, counting no further than {@code atMost} (a list screen's cap). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public long count(TrashFilter filter, long atMost) {
        return query(filter).count(jdbc, atMost);
    }

    private SqlList query(TrashFilter filter) {
        String type = filter.type();
        StringBuilder union = new StringBuilder();
        TABLES.forEach((entity, table) -> {
            if (type == null || type.equals(entity)) {
                union.append(union.isEmpty() ? "" : " union all ")
                        .append("select '")
                        .append(entity)
                        .append("' as type, id, ")
                        .append(table[1])
                        .append(" as label, deleted_at, deleted_by from ")
                        .append(table[0])
                        .append(" where deleted_at is not null");
            }
        });
        if (union.isEmpty()) {
            throw new NotFoundException("Trash", type);
        }
        return new SqlList("(" + union + ") t left join app_user u on u.id = t.deleted_by", "t.id")
                .where("t.deleted_at >= :cutoff", "cutoff", cutoff().atOffset(ZoneOffset.UTC))
                .search(filter.search(), SqlList.folded("t.label"));
    }

    /** Restores one item through its own service: only its owner, whoever deleted it, or an admin may. */
    @Transactional
    public void restore(String type, long id) {
        switch (type) {
            case OrganizationService.ENTITY -> organizations.restore(id);
            case PersonService.ENTITY -> people.restore(id);
            case DealService.ENTITY -> deals.restore(id);
            case ActivityService.ENTITY -> activities.restore(id);
            case NoteService.ENTITY -> notes.restore(id);
            case FileService.ENTITY -> files.restore(id);
            default -> throw new NotFoundException("Trash", type);
        }
    }

    /**
     * Deletes for good what has been in the trash longer than {@link #KEEP_DAYS} days. Live rows
     * that still point at a purged row lose that link (a person keeps existing when their deleted
     * organization goes); the change history stays. Runs every night ({@code LongJobs}); returns the rows
     * purged per kind.
     */
    @Transactional
    public Map<String, Integer> purge() {
        MapSqlParameterSource params = new MapSqlParameterSource("cutoff", cutoff().atOffset(ZoneOffset.UTC));
        Map<String, Integer> purged = new LinkedHashMap<>();
        String old = " where deleted_at is not null and deleted_at < :cutoff";
        purged.put(FileService.ENTITY, jdbc.update("delete from stored_file" + old, params));
        purged.put(NoteService.ENTITY, jdbc.update("delete from note" + old, params));
        purged.put(ActivityService.ENTITY, jdbc.update("delete from activity" + old, params));
        unlink("deal", params, "activity", "note", "stored_file");
        purged.put(DealService.ENTITY, jdbc.update("delete from deal" + old, params));
        unlink("person", params, "deal", "activity", "note", "stored_file");
        purged.put(PersonService.ENTITY, jdbc.update("delete from person" + old, params));
        unlink("organization", params, "person", "deal", "activity", "note", "stored_file");
        String oldOrganizations = "(select id from organization" + old + ")";
        jdbc.update("delete from custom_field_value where organization_id in " + oldOrganizations, params);
        jdbc.update("delete from account_summary where organization_id in " + oldOrganizations, params);
        purged.put(OrganizationService.ENTITY, jdbc.update("delete from organization" + old, params));
        if (purged.values().stream().anyMatch(n -> n > 0)) {
            log.info("Purged from the trash (deleted before {}): {}", cutoff(), purged);
        }
        return purged;
    }

    /** Clears the links of {@code referrers} to rows of {@code table} about to be purged. */
    private void unlink(String table, MapSqlParameterSource params, String... referrers) {
        String column = table.equals("organization") ? "organization_id" : table + "_id";
        for (String referrer : referrers) {
            jdbc.update(
                    "update " + referrer + " set " + column + " = null where " + column + " in (select id from " + table
                            + " where deleted_at is not null and deleted_at < :cutoff)",
                    params);
        }
    }

    private Instant cutoff() {
        return clock.instant().minus(Duration.ofDays(KEEP_DAYS));
    }
}
