package com.contas.activity;

import com.contas.activity.domain.Activity;
import com.contas.activity.domain.ActivityRepository;
import com.contas.common.Ids;
import com.contas.common.NotFoundException;
import com.contas.common.PageSpec;
import com.contas.common.SqlList;
import com.contas.common.Validation;
import com.contas.common.ValidationException;
import com.contas.history.HistoryService;
import com.contas.history.TrashBin;
import com.contas.link.LinkResolver;
import com.contas.link.Links;
import com.contas.security.UserService;
import com.contas.settings.SettingsService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Activities: calls, meetings, tasks and the like, scheduled for a day and maybe a time. */
@Service
public class ActivityService {

    public static final String ENTITY = "Activity";
    public static final int MAX_NOTE_LENGTH = 10_000;
    /** A week: longer "activities" are projects, not appointments. */
    public static final int MAX_DURATION_MINUTES = 7 * 24 * 60;

    private final ActivityRepository activities;
    private final LinkResolver links;
    private final UserService users;
    private final HistoryService history;
    private final TrashBin trash;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final NamedParameterJdbcTemplate jdbc;
    private final SettingsService settings;

    private static final Map<String, String> SORTS = Map.of(
            "type",
            "a.type",
            "subject",
            "a.subject_sort",
            "due",
            "a.due_date",
            "done",
            "a.done",
            "organization",
            "o.name_sort",
            "assignee",
            SqlList.folded("u.display_name"));

    ActivityService(
            ActivityRepository activities,
            LinkResolver links,
            UserService users,
            HistoryService history,
            TrashBin trash,
            ApplicationEventPublisher events,
            Clock clock,
            NamedParameterJdbcTemplate jdbc,
            SettingsService settings) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.activities = activities;
        this.links = links;
        this.users = users;
        this.history = history;
        this.trash = trash;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public ActivityDetails schedule(ActivityInput input) {
        Valid valid = validate(input);
        Activity activity = new Activity(clock.instant());
        apply(activity, valid);
        return saved(activity);
    }

    @Transactional
    public ActivityDetails update(long id, long expectedVersion, ActivityInput input) {
        Activity activity = load(id);
        activity.checkVersion(expectedVersion);
        Valid valid = validate(input);
        recordDueChange(activity, valid.input.dueDate(), valid.input.dueTime());
        Long before = activity.getOrganizationId();
        apply(activity, valid);
        return saved(activity, before);
    }

    /** Moves the activity to another day (and time), if nobody changed it since it was read. */
    @Transactional
    public ActivityDetails reschedule(long id, long expectedVersion, LocalDate dueDate, LocalTime dueTime) {
        Validation v = Validation.start();
        v.date("dueDate", dueDate, true);
        v.throwIfInvalid();
        Activity activity = load(id);
        activity.checkVersion(expectedVersion);
        recordDueChange(activity, dueDate, dueTime);
        activity.reschedule(dueDate, dueTime, clock.instant());
        return saved(activity);
    }

    @Transactional
    public ActivityDetails markDone(long id, long expectedVersion) {
        Activity activity = load(id);
        activity.checkVersion(expectedVersion);
        if (activity.isDone()) {
            throw new ValidationException("done", "validation.activity.alreadyDone");
        }
        activity.markDone(clock.instant());
        history.recordChange(ENTITY, id, activity.getOrganizationId(), "done", false, true);
        return saved(activity);
    }

    @Transactional
    public ActivityDetails markUndone(long id, long expectedVersion) {
        Activity activity = load(id);
        activity.checkVersion(expectedVersion);
        if (!activity.isDone()) {
            throw new ValidationException("done", "validation.activity.notDone");
        }
        activity.markUndone(clock.instant());
        history.recordChange(ENTITY, id, activity.getOrganizationId(), "done", true, false);
        return saved(activity);
    }

    @Transactional
    public void delete(long id, long expectedVersion) {
        Activity activity = load(id);
        trash.moveToTrash(activities, ENTITY, activity, expectedVersion, activity.getOrganizationId());
        events.publishEvent(new ActivityChanged(id, Ids.of(activity.getOrganizationId())));
    }

    @Transactional
    public ActivityDetails restore(long id) {
        Activity activity = trash.restore(activities, ENTITY, id, Activity::getAssigneeId, Activity::getOrganizationId);
        events.publishEvent(new ActivityChanged(id, Ids.of(activity.getOrganizationId())));
        return toDetails(activity);
    }

    @Transactional(readOnly = true)
    public ActivityDetails get(long id) {
        return toDetails(load(id));
    }

    /** One page of the activities list, filtered and sorted in the database (by due date unless asked). */
    @Transactional(readOnly = true)
    public List<ActivityRow> list(ActivityFilter filter, PageSpec page) {
        return rows(query(filter), page);
    }

    /** One activity as the list shows it (with the names of what it links to), if it exists. */
    @Transactional(readOnly = true)
    public Optional<ActivityRow> row(long id) {
        return rows(query(ActivityFilter.ALL).where("a.id = :id", "id", id), PageSpec.first(1)).stream()
                .findFirst();
    }

    /**
     * Whether the organization has an open activity (not done, not in the trash): one probe of
     * {@code ix_activity_organization_open}.
     */
    @Transactional(readOnly = true)
    public boolean hasOpenActivity(long organizationId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select case when exists (select 1 from activity where organization_id = :organization "
                        + "and done = false and deleted_at is null) then true else false end",
                new MapSqlParameterSource("organization", organizationId),
                Boolean.class));
    }

    /**
     * The organization's open activities due from {@code from} to {@code to} (either null: no
     * bound), earliest first, at most {@code limit}: one range of {@code ix_activity_organization_open}.
     */
    @Transactional(readOnly = true)
    public List<ActivityRow> openOf(long organizationId, LocalDate from, LocalDate to, int limit) {
        return rows(
                query(new ActivityFilter(null, false, false, null, null, from, to))
                        .where("a.organization_id = :organization", "organization", organizationId),
                PageSpec.first(limit));
    }

    /**
     * The user's open activities due today or before (the reminder bell), earliest first; one range
     * of {@code ix_activity_assignee_due}.
     */
    @Transactional(readOnly = true)
    public List<ActivityRow> dueFor(long assigneeId, int limit) {
        return rows(query(dueFilter(assigneeId)), new PageSpec(0, limit, "due", true));
    }

    /** How many open activities of the user are due today or before, counting no further than {@code atMost}. */
    @Transactional(readOnly = true)
    public long dueCount(long assigneeId, long atMost) {
        return query(dueFilter(assigneeId)).count(jdbc, atMost);
    }

    private ActivityFilter dueFilter(long assigneeId) {
        return new ActivityFilter(null, false, false, null, assigneeId, null, today());
    }

    /**
     * Open activities whose time came in {@code (after, upTo]} (today's, with a time of day, in the
     * company's time zone): what the reminder tells their assignees about as it happens.
     */
    @Transactional(readOnly = true)
    public List<ActivityRow> becameDue(Instant after, Instant upTo) {
        ZoneId zone = settings.get().timeZone();
        ZonedDateTime from = after.atZone(zone);
        ZonedDateTime to = upTo.atZone(zone);
        if (!from.toLocalDate().equals(to.toLocalDate())) {
            from = to.toLocalDate().atStartOfDay(zone); // past midnight: today's only
        }
        return rows(
                query(new ActivityFilter(null, false, false, null, null, to.toLocalDate(), to.toLocalDate()))
                        .where("a.due_time > :after", "after", from.toLocalTime())
                        .where("a.due_time <= :upTo", "upTo", to.toLocalTime()),
                PageSpec.first(1_000));
    }

    /** Today in the company's time zone. */
    @Transactional(readOnly = true)
    public LocalDate today() {
        return LocalDate.now(clock.withZone(settings.get().timeZone()));
    }

    private List<ActivityRow> rows(SqlList query, PageSpec page) {
        String select = "a.id, a.type, a.subject, a.due_date, a.due_time, a.duration_minutes, a.done, "
                + "a.organization_id, o.name as organization_name, a.person_id, p.name as person_name, a.deal_id, "
                + "d.title as deal_title, a.assignee_id, u.display_name as assignee_name, a.version";
        return query.page(
                jdbc,
                select,
                page,
                SORTS,
                "due",
                (rs, i) -> new ActivityRow(
                        rs.getLong("id"),
                        ActivityType.valueOf(rs.getString("type")),
                        rs.getString("subject"),
                        rs.getObject("due_date", LocalDate.class),
                        rs.getObject("due_time", LocalTime.class),
                        (Integer) rs.getObject("duration_minutes", Integer.class),
                        rs.getBoolean("done"),
                        SqlList.id(rs, "organization_id"),
                        rs.getString("organization_name"),
                        SqlList.id(rs, "person_id"),
                        rs.getString("person_name"),
                        SqlList.id(rs, "deal_id"),
                        rs.getString("deal_title"),
                        rs.getLong("assignee_id"),
                        rs.getString("assignee_name"),
                        rs.getLong("version")));
    }

    @Transactional(readOnly = true)
    public long count(ActivityFilter filter) {
        return query(filter).count(jdbc);
    }

    /** How many rows the filter finds, counting no further than {@code atMost} (a list screen's cap). */
    @Transactional(readOnly = true)
    public long count(ActivityFilter filter, long atMost) {
        return query(filter).count(jdbc, atMost);
    }

    private SqlList query(ActivityFilter filter) {
        SqlList list = new SqlList(
                        "activity a left join organization o on o.id = a.organization_id "
                                + "left join person p on p.id = a.person_id left join deal d on d.id = a.deal_id "
                                + "left join app_user u on u.id = a.assignee_id",
                        "a.id")
                .where("a.deleted_at is null")
                .where("a.done = :done", "done", filter.done())
                .where(
                        "a.type = :type",
                        "type",
                        filter.type() == null ? null : filter.type().name())
                .where("a.assignee_id = :assignee", "assignee", filter.assigneeId())
                .where("a.due_date >= :from", "from", filter.from())
                .where("a.due_date <= :to", "to", filter.to())
                .searchIds(
                        filter.search(),
                        List.of("a.subject_sort", "o.name_sort"),
                        "a.id",
                        "select id from activity where " + SqlList.matches("subject_sort") + " and deleted_at is null",
                        "select id from activity where organization_id in (select id from organization where "
                                + SqlList.matches("name_sort") + " and deleted_at is null)");
        if (filter.overdueOnly()) {
            list.where("a.done = false and a.due_date < :today", "today", today());
        }
        return list;
    }

    private Activity load(long id) {
        return activities.findByIdAndDeletedAtIsNull(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    private ActivityDetails saved(Activity activity, Long... formerOrganizationIds) {
        activities.saveAndFlush(activity);
        events.publishEvent(
                new ActivityChanged(activity.getId(), Ids.of(formerOrganizationIds, activity.getOrganizationId())));
        return toDetails(activity);
    }

    private void recordDueChange(Activity activity, LocalDate dueDate, LocalTime dueTime) {
        String before = due(activity.getDueDate(), activity.getDueTime());
        history.recordChange(
                ENTITY, activity.getId(), activity.getOrganizationId(), "dueDate", before, due(dueDate, dueTime));
    }

    private static String due(LocalDate date, LocalTime time) {
        return time == null ? date.toString() : date + " " + time;
    }

    private void apply(Activity activity, Valid valid) {
        ActivityInput in = valid.input;
        activity.change(
                in.type(),
                valid.subject,
                in.dueDate(),
                in.dueTime(),
                in.durationMinutes(),
                valid.note,
                valid.links.organizationId(),
                valid.links.personId(),
                valid.links.dealId(),
                in.assigneeId(),
                clock.instant());
    }

    private Valid validate(ActivityInput input) {
        Validation v = Validation.start();
        v.required("type", input.type());
        String subject = v.requiredText("subject", input.subject(), 255);
        v.date("dueDate", input.dueDate(), true);
        if (input.dueDate() != null
                && input.dueTime() != null
                && settings.get()
                        .timeZone()
                        .getRules()
                        .getValidOffsets(LocalDateTime.of(input.dueDate(), input.dueTime()))
                        .isEmpty()) {
            v.add("dueTime", "validation.timeInGap"); // the clocks jump over it that day
        }
        v.range("durationMinutes", input.durationMinutes(), 0, MAX_DURATION_MINUTES);
        String note = v.optionalMultiline("note", input.note(), MAX_NOTE_LENGTH);
        Long assigneeId = v.required("assigneeId", input.assigneeId());
        if (assigneeId != null && !users.isActiveUser(assigneeId)) {
            v.add("assigneeId", "validation.unknownUser");
        }
        Links resolved = links.resolve(v, new Links(input.organizationId(), input.personId(), input.dealId()), false);
        v.throwIfInvalid();
        return new Valid(input, subject, note, resolved);
    }

    static ActivityDetails toDetails(Activity a) {
        return new ActivityDetails(
                a.getId(),
                a.getType(),
                a.getSubject(),
                a.getDueDate(),
                a.getDueTime(),
                a.getDurationMinutes(),
                a.isDone(),
                a.getDoneAt(),
                a.getNote(),
                a.getOrganizationId(),
                a.getPersonId(),
                a.getDealId(),
                a.getAssigneeId(),
                a.getCreatedAt(),
                a.getUpdatedAt(),
                a.getVersion());
    }

    private record Valid(ActivityInput input, String subject, String note, Links links) {}
}
