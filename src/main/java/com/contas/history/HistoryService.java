package com.contas.history;

import com.contas.common.PageSpec;
import com.contas.common.SqlList;
import com.contas.history.domain.ChangeRecord;
import com.contas.history.domain.ChangeRecordRepository;
import com.contas.security.CurrentUser;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The change history. Records are written in the caller's transaction, so a change that rolls
 * back leaves no history behind.
 */
@Service
public class HistoryService {

    static final int MAX_VALUE_LENGTH = 1000;

    private static final Map<String, String> SORTS = Map.of(
            "changedAt",
            "c.changed_at",
            "entityType",
            "c.entity_type",
            "field",
            "c.field",
            "user",
            SqlList.folded("u.display_name"));

    private final ChangeRecordRepository records;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final NamedParameterJdbcTemplate jdbc;

    HistoryService(
            ChangeRecordRepository records, CurrentUser currentUser, Clock clock, NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.records = records;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Records one field change, if the value really changed. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordChange(
            String entityType, long entityId, Long organizationId, String field, Object oldValue, Object newValue) {
        String before = text(oldValue);
        String after = text(newValue);
        if (Objects.equals(before, after)) {
            return;
        }
        records.save(new ChangeRecord(
                entityType, entityId, organizationId, field, before, after, currentUser.idOrNull(), clock.instant()));
    }

    /** One field's change of many records at once (a bulk action): one batch of inserts. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordChanges(String entityType, String field, List<RecordChange> changes) {
        Timestamp now = Timestamp.from(clock.instant());
        Long by = currentUser.idOrNull();
        List<MapSqlParameterSource> rows = changes.stream()
                .filter(c -> !Objects.equals(text(c.oldValue()), text(c.newValue())))
                .map(c -> new MapSqlParameterSource("type", entityType)
                        .addValue("id", c.entityId())
                        .addValue("organization", c.organizationId())
                        .addValue("field", field)
                        .addValue("old", text(c.oldValue()))
                        .addValue("new", text(c.newValue()))
                        .addValue("by", by)
                        .addValue("at", now))
                .toList();
        jdbc.batchUpdate(
                "insert into change_record (entity_type, entity_id, organization_id, field, old_value, new_value, "
                        + "changed_by, changed_at) values (:type, :id, :organization, :field, :old, :new, :by, :at)",
                rows.toArray(MapSqlParameterSource[]::new));
    }

    /** One record's change of a field, for {@link #recordChanges}. */
    public record RecordChange(long entityId, Long organizationId, Object oldValue, Object newValue) {}

    /** The newest changes about one organization (its own fields and its deals and activities). */
    @Transactional(readOnly = true)
    public List<ChangeEntry> forOrganization(long organizationId, int limit) {
        return records.findByOrganizationIdOrderByChangedAtDescIdDesc(organizationId, PageRequest.of(0, limit)).stream()
                .map(HistoryService::toEntry)
                .toList();
    }

    /** One page of all change records, filtered in the database, newest first unless asked otherwise. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<HistoryRow> list(HistoryFilter filter, PageSpec page) {
        PageSpec newestFirst =
                page.sortKey() == null ? new PageSpec(page.offset(), page.limit(), "changedAt", false) : page;
        return query(filter)
                .page(
                        jdbc,
                        "c.id, c.entity_type, c.entity_id, c.organization_id, c.field, c.old_value, "
                                + "c.new_value, u.display_name as user_name, c.changed_at",
                        newestFirst,
                        SORTS,
                        "changedAt",
                        (rs, i) -> new HistoryRow(
                                rs.getLong("id"),
                                rs.getString("entity_type"),
                                rs.getLong("entity_id"),
                                SqlList.id(rs, "organization_id"),
                                rs.getString("field"),
                                rs.getString("old_value"),
                                rs.getString("new_value"),
                                rs.getString("user_name"),
                                SqlList.instant(rs, "changed_at")));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public long count(HistoryFilter filter) {
        return query(filter).count(jdbc);
    }

    /** How many rows the filter finds, counting no further than {@code atMost} (a list screen's cap). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public long count(HistoryFilter filter, long atMost) {
        return query(filter).count(jdbc, atMost);
    }

    private static SqlList query(HistoryFilter filter) {
        return new SqlList("change_record c left join app_user u on u.id = c.changed_by", "c.id")
                .where("c.entity_type = :type", "type", filter.entityType())
                .where("c.changed_by = :user", "user", filter.userId())
                .where("c.changed_at >= :from", "from", utc(filter.from()))
                .where("c.changed_at < :until", "until", utc(filter.until()))
                .search(
                        filter.search(),
                        SqlList.folded("c.field"),
                        SqlList.folded("c.old_value"),
                        SqlList.folded("c.new_value"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    @Transactional(readOnly = true)
    public List<ChangeEntry> forEntity(String entityType, long entityId) {
        return records.findByEntityTypeAndEntityIdOrderByChangedAtDescIdDesc(entityType, entityId).stream()
                .map(HistoryService::toEntry)
                .toList();
    }

    private static ChangeEntry toEntry(ChangeRecord r) {
        return new ChangeEntry(
                r.getId(),
                r.getEntityType(),
                r.getEntityId(),
                r.getOrganizationId(),
                r.getField(),
                r.getOldValue(),
                r.getNewValue(),
                r.getChangedBy(),
                r.getChangedAt());
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = value instanceof BigDecimal d ? d.toPlainString() : value.toString();
        return s.length() <= MAX_VALUE_LENGTH ? s : s.substring(0, MAX_VALUE_LENGTH - 1) + "…";
    }
}
