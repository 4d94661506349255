package com.contas.organization;

import com.contas.common.NotFoundException;
import com.contas.common.Option;
import com.contas.common.PageSpec;
import com.contas.common.SqlList;
import com.contas.common.Validation;
import com.contas.common.ValidationException;
import com.contas.customfield.CustomFieldInfo;
import com.contas.customfield.CustomFieldValues;
import com.contas.customfield.CustomValue;
import com.contas.history.HistoryService;
import com.contas.history.TrashBin;
import com.contas.organization.domain.Organization;
import com.contas.organization.domain.OrganizationRepository;
import com.contas.security.UserService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organizations. An account is an organization (with a won deal), so editing an account edits
 * this very row.
 */
@Service
public class OrganizationService {

    public static final String ENTITY = "Organization";

    private final OrganizationRepository organizations;
    private final UserService users;
    private final HistoryService history;
    private final TrashBin trash;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final NamedParameterJdbcTemplate jdbc;
    private final CustomFieldValues customFieldValues;
    private final EntityManager entityManager;

    /** An account is an organization with a won deal that is not in the trash (docs/rules.md, "What an account is"). */
    private static final String IS_ACCOUNT = "exists (select 1 from deal w where w.organization_id = o.id "
            + "and w.status = 'WON' and w.deleted_at is null)";

    private static final Map<String, String> SORTS = Map.of(
            "name",
            "o.name_sort",
            "address",
            SqlList.folded("o.address"),
            "owner",
            SqlList.folded("u.display_name"),
            "created",
            "o.created_at");

    OrganizationService(
            OrganizationRepository organizations,
            UserService users,
            HistoryService history,
            TrashBin trash,
            ApplicationEventPublisher events,
            Clock clock,
            NamedParameterJdbcTemplate jdbc,
            CustomFieldValues customFieldValues,
            EntityManager entityManager) {
        this.jdbc = jdbc;
        this.customFieldValues = customFieldValues;
        this.entityManager = entityManager;
        this.organizations = organizations;
        this.users = users;
        this.history = history;
        this.trash = trash;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public OrganizationDetails create(OrganizationInput input) {
        Valid valid = validate(input);
        Organization org =
                organizations.saveAndFlush(new Organization(valid.name, valid.address, valid.ownerId, clock.instant()));
        events.publishEvent(new OrganizationChanged(org.getId()));
        return toDetails(org);
    }

    /** Changes the organization if nobody changed it since {@code expectedVersion}. */
    @Transactional
    public OrganizationDetails update(long id, long expectedVersion, OrganizationInput input) {
        return update(id, expectedVersion, input, Map.of());
    }

    /**
     * Changes the organization and its custom field values (by field id; an empty value clears
     * the field) together, if nobody changed the organization since {@code expectedVersion}. Every
     * problem, of the organization's fields and of the custom ones, is reported at once and nothing
     * is written then.
     */
    @Transactional
    public OrganizationDetails update(
            long id, long expectedVersion, OrganizationInput input, Map<Long, CustomValue> customValues) {
        Organization org = load(id);
        org.checkVersion(expectedVersion);
        Validation v = Validation.start();
        Valid valid = validate(v, input);
        Map<CustomFieldInfo, CustomValue> custom = customFieldValues.validate(v, customValues);
        v.throwIfInvalid();
        history.recordChange(ENTITY, id, id, "name", org.getName(), valid.name);
        history.recordChange(ENTITY, id, id, "address", org.getAddress(), valid.address);
        history.recordChange(ENTITY, id, id, "owner", org.getOwnerId(), valid.ownerId);
        org.change(valid.name, valid.address, valid.ownerId, clock.instant());
        organizations.saveAndFlush(org);
        List<CustomFieldValues.Change> changes = customFieldValues.write(id, custom);
        for (CustomFieldValues.Change change : changes) {
            history.recordChange(
                    ENTITY, id, id, customFieldHistoryName(change.fieldName()), change.oldValue(), change.newValue());
        }
        if (!changes.isEmpty()) {
            // The values are part of the organization: a second editor must see the conflict.
            entityManager.lock(org, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        }
        events.publishEvent(new OrganizationChanged(id));
        return toDetails(org);
    }

    /**
     * Gives these organizations (those not in the trash) a new owner, in one statement, with one
     * history record each and one live update for all; for bulk actions, a chunk at a time.
     *
     * @return each changed organization's previous owner, for an Undo
     */
    @Transactional
    public Map<Long, Long> reassign(Collection<Long> ids, long ownerId) {
        if (!users.isActiveUser(ownerId)) {
            throw new ValidationException("ownerId", "validation.unknownUser");
        }
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> previous = new LinkedHashMap<>();
        jdbc.query(
                "select id, owner_id from organization where id in (:ids) and deleted_at is null and owner_id <> :owner",
                new MapSqlParameterSource("ids", ids).addValue("owner", ownerId),
                rs -> {
                    previous.put(rs.getLong("id"), rs.getLong("owner_id"));
                });
        if (previous.isEmpty()) {
            return Map.of();
        }
        jdbc.update(
                "update organization set owner_id = :owner, version = version + 1, updated_at = :now "
                        + "where id in (:ids)",
                new MapSqlParameterSource("owner", ownerId)
                        .addValue("now", Timestamp.from(clock.instant()))
                        .addValue("ids", previous.keySet()));
        history.recordChanges(
                ENTITY,
                "owner",
                previous.entrySet().stream()
                        .map(e -> new HistoryService.RecordChange(e.getKey(), e.getKey(), e.getValue(), ownerId))
                        .toList());
        events.publishEvent(new OrganizationsReassigned(Set.copyOf(previous.keySet())));
        return previous;
    }

    /**
     * Undoes a {@link #reassign}: each organization goes back to its previous owner, unless its owner
     * changed again since (then it is left as it is).
     *
     * @return how many went back
     */
    @Transactional
    public int restoreOwners(Map<Long, Long> previous, long reassignedTo) {
        Map<Long, List<Long>> byOwner = new LinkedHashMap<>();
        previous.forEach((id, owner) ->
                byOwner.computeIfAbsent(owner, o -> new ArrayList<>()).add(id));
        int restored = 0;
        Set<Long> touched = new HashSet<>();
        for (Map.Entry<Long, List<Long>> group : byOwner.entrySet()) {
            List<Long> back = jdbc.queryForList(
                    "select id from organization where id in (:ids) and owner_id = :now and deleted_at is null",
                    new MapSqlParameterSource("ids", group.getValue()).addValue("now", reassignedTo),
                    Long.class);
            if (back.isEmpty()) {
                continue;
            }
            jdbc.update(
                    "update organization set owner_id = :owner, version = version + 1, updated_at = :at where id in (:ids)",
                    new MapSqlParameterSource("owner", group.getKey())
                            .addValue("at", Timestamp.from(clock.instant()))
                            .addValue("ids", back));
            history.recordChanges(
                    ENTITY,
                    "owner",
                    back.stream()
                            .map(id -> new HistoryService.RecordChange(id, id, reassignedTo, group.getKey()))
                            .toList());
            touched.addAll(back);
            restored += back.size();
        }
        if (!touched.isEmpty()) {
            events.publishEvent(new OrganizationsReassigned(Set.copyOf(touched)));
        }
        return restored;
    }

    @Transactional
    public void delete(long id, long expectedVersion) {
        trash.moveToTrash(organizations, ENTITY, load(id), expectedVersion, id);
        events.publishEvent(new OrganizationChanged(id));
    }

    @Transactional
    public OrganizationDetails restore(long id) {
        Organization org = trash.restore(organizations, ENTITY, id, Organization::getOwnerId, Organization::getId);
        events.publishEvent(new OrganizationChanged(id));
        return toDetails(org);
    }

    @Transactional(readOnly = true)
    public OrganizationDetails get(long id) {
        return toDetails(load(id));
    }

    /** True when the id names an organization that is not in the trash. */
    @Transactional(readOnly = true)
    public boolean exists(Long id) {
        return id != null && organizations.existsByIdAndDeletedAtIsNull(id);
    }

    /** The history's field column holds 64 characters; custom field names may hold 100. */
    private static String customFieldHistoryName(String fieldName) {
        String name = "custom:" + fieldName;
        return name.length() <= 64 ? name : name.substring(0, 63) + "…";
    }

    /** One page of the organizations list, filtered and sorted in the database. */
    @Transactional(readOnly = true)
    public List<OrganizationRow> list(OrganizationFilter filter, PageSpec page) {
        String select = "o.id, o.name, o.address, o.owner_id, u.display_name as owner_name, o.created_at, o.version, "
                + "(select count(*) from person p where p.organization_id = o.id and p.deleted_at is null) as people, "
                + "case when " + IS_ACCOUNT + " then true else false end as is_account";
        return query(filter)
                .page(
                        jdbc,
                        select,
                        page,
                        SORTS,
                        "name",
                        (rs, i) -> new OrganizationRow(
                                rs.getLong("id"),
                                rs.getString("name"),
                                rs.getString("address"),
                                rs.getLong("owner_id"),
                                rs.getString("owner_name"),
                                rs.getLong("people"),
                                rs.getBoolean("is_account"),
                                SqlList.instant(rs, "created_at"),
                                rs.getLong("version")));
    }

    @Transactional(readOnly = true)
    public long count(OrganizationFilter filter) {
        return query(filter).count(jdbc);
    }

    /** How many rows the filter finds, counting no further than {@code atMost} (a list screen's cap). */
    @Transactional(readOnly = true)
    public long count(OrganizationFilter filter, long atMost) {
        return query(filter).count(jdbc, atMost);
    }

    /** Organizations whose name contains {@code search}, for pickers. */
    @Transactional(readOnly = true)
    public List<Option> options(String search, PageSpec page) {
        return query(new OrganizationFilter(search, null, false))
                .page(
                        jdbc,
                        "o.id, o.name",
                        page,
                        SORTS,
                        "name",
                        (rs, i) -> new Option(rs.getLong("id"), rs.getString("name")));
    }

    private static SqlList query(OrganizationFilter filter) {
        SqlList list = new SqlList("organization o left join app_user u on u.id = o.owner_id", "o.id")
                .where("o.deleted_at is null")
                .where("o.owner_id = :owner", "owner", filter.ownerId())
                .search(filter.search(), "o.name_sort", SqlList.folded("o.address"));
        return filter.accountsOnly() ? list.where(IS_ACCOUNT) : list;
    }

    private Organization load(long id) {
        return organizations.findByIdAndDeletedAtIsNull(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    private Valid validate(OrganizationInput input) {
        Validation v = Validation.start();
        Valid valid = validate(v, input);
        v.throwIfInvalid();
        return valid;
    }

    private Valid validate(Validation v, OrganizationInput input) {
        String name = v.requiredText("name", input.name(), 255);
        String address = v.optionalMultiline("address", input.address(), 1000);
        Long ownerId = v.required("ownerId", input.ownerId());
        if (ownerId != null && !users.isActiveUser(ownerId)) {
            v.add("ownerId", "validation.unknownUser");
        }
        return new Valid(name, address, ownerId);
    }

    private static OrganizationDetails toDetails(Organization o) {
        return new OrganizationDetails(
                o.getId(),
                o.getName(),
                o.getAddress(),
                o.getOwnerId(),
                o.getCreatedAt(),
                o.getUpdatedAt(),
                o.getVersion());
    }

    private record Valid(String name, String address, long ownerId) {}
}
