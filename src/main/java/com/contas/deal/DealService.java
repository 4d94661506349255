package com.contas.deal;

import com.contas.common.Ids;
import com.contas.common.NotFoundException;
import com.contas.common.Option;
import com.contas.common.PageSpec;
import com.contas.common.SqlList;
import com.contas.common.Validation;
import com.contas.common.ValidationException;
import com.contas.currency.CurrencyService;
import com.contas.deal.domain.Deal;
import com.contas.deal.domain.DealRepository;
import com.contas.deal.domain.DealStageRepository;
import com.contas.history.HistoryService;
import com.contas.history.TrashBin;
import com.contas.organization.OrganizationService;
import com.contas.person.PersonDetails;
import com.contas.person.PersonService;
import com.contas.security.UserService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deals. Winning a deal makes its organization an account; reopening, losing or deleting the
 * last won deal makes it stop being one.
 */
@Service
public class DealService {

    public static final String ENTITY = "Deal";

    private final DealRepository deals;
    private final DealStageRepository stages;
    private final OrganizationService organizations;
    private final PersonService people;
    private final CurrencyService currencies;
    private final UserService users;
    private final HistoryService history;
    private final TrashBin trash;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final NamedParameterJdbcTemplate jdbc;

    private static final Map<String, String> SORTS = Map.of(
            "title",
            "d.title_sort",
            "organization",
            "o.name_sort",
            "value",
            "d.value",
            "status",
            "d.status",
            "owner",
            SqlList.folded("u.display_name"),
            "stage",
            "s.position",
            "expectedClose",
            "d.expected_close_date",
            "closedAt",
            "coalesce(d.won_at, d.lost_at)");
    private static final String COLUMNS = "d.id, d.title, d.value, d.currency, d.status, d.won_at, d.lost_at, "
            + "d.lost_reason, d.expected_close_date, d.organization_id, o.name as organization_name, d.person_id, "
            + "p.name as person_name, d.owner_id, u.display_name as owner_name, d.stage_id, s.name as stage_name, "
            + "d.version";

    DealService(
            DealRepository deals,
            DealStageRepository stages,
            OrganizationService organizations,
            PersonService people,
            CurrencyService currencies,
            UserService users,
            HistoryService history,
            TrashBin trash,
            ApplicationEventPublisher events,
            Clock clock,
            NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.deals = deals;
        this.stages = stages;
        this.organizations = organizations;
        this.people = people;
        this.currencies = currencies;
        this.users = users;
        this.history = history;
        this.trash = trash;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public DealDetails create(DealInput input) {
        Valid valid = validate(input);
        Deal deal = new Deal(clock.instant());
        apply(deal, valid);
        return saved(deal);
    }

    @Transactional
    public DealDetails update(long id, long expectedVersion, DealInput input) {
        Deal deal = load(id);
        deal.checkVersion(expectedVersion);
        Valid valid = validate(input);
        history.recordChange(ENTITY, id, valid.organizationId, "value", deal.getValue(), valid.value);
        history.recordChange(ENTITY, id, valid.organizationId, "currency", deal.getCurrency(), valid.currency);
        history.recordChange(
                ENTITY, id, valid.organizationId, "organization", deal.getOrganizationId(), valid.organizationId);
        Long before = deal.getOrganizationId();
        apply(deal, valid);
        return saved(deal, before);
    }

    @Transactional
    public DealDetails markWon(long id, long expectedVersion) {
        Deal deal = load(id);
        deal.checkVersion(expectedVersion);
        if (deal.getStatus() == DealStatus.WON) {
            throw new ValidationException("status", "validation.deal.alreadyWon");
        }
        DealStatus before = deal.getStatus();
        deal.markWon(clock.instant());
        history.recordChange(ENTITY, id, deal.getOrganizationId(), "status", before, DealStatus.WON);
        return saved(deal);
    }

    @Transactional
    public DealDetails markLost(long id, long expectedVersion, String reason) {
        Validation v = Validation.start();
        String lostReason = v.requiredText("lostReason", reason, 500);
        v.throwIfInvalid();
        Deal deal = load(id);
        deal.checkVersion(expectedVersion);
        if (deal.getStatus() == DealStatus.LOST) {
            throw new ValidationException("status", "validation.deal.alreadyLost");
        }
        DealStatus before = deal.getStatus();
        deal.markLost(lostReason, clock.instant());
        history.recordChange(ENTITY, id, deal.getOrganizationId(), "status", before, DealStatus.LOST);
        return saved(deal);
    }

    @Transactional
    public DealDetails reopen(long id, long expectedVersion) {
        Deal deal = load(id);
        deal.checkVersion(expectedVersion);
        if (deal.getStatus() == DealStatus.OPEN) {
            throw new ValidationException("status", "validation.deal.alreadyOpen");
        }
        DealStatus before = deal.getStatus();
        deal.reopen(clock.instant());
        history.recordChange(ENTITY, id, deal.getOrganizationId(), "status", before, DealStatus.OPEN);
        return saved(deal);
    }

    @Transactional
    public void delete(long id, long expectedVersion) {
        Deal deal = load(id);
        trash.moveToTrash(deals, ENTITY, deal, expectedVersion, deal.getOrganizationId());
        events.publishEvent(new DealChanged(id, Ids.of(deal.getOrganizationId())));
    }

    @Transactional
    public DealDetails restore(long id) {
        Deal deal = trash.restore(deals, ENTITY, id, Deal::getOwnerId, Deal::getOrganizationId);
        events.publishEvent(new DealChanged(id, Ids.of(deal.getOrganizationId())));
        return toDetails(deal);
    }

    @Transactional(readOnly = true)
    public DealDetails get(long id) {
        return toDetails(load(id));
    }

    /** The deal if it exists and is not in the trash; for linking activities and notes. */
    @Transactional(readOnly = true)
    public Optional<DealDetails> find(Long id) {
        return id == null
                ? Optional.empty()
                : deals.findByIdAndDeletedAtIsNull(id).map(DealService::toDetails);
    }

    /** One page of the deals list, filtered and sorted in the database; deals in the trash are left out. */
    @Transactional(readOnly = true)
    public List<DealRow> list(DealFilter filter, PageSpec page) {
        return rows(query(filter), page);
    }

    /** One deal as the list shows it (for links to it), unless it is unknown or in the trash. */
    @Transactional(readOnly = true)
    public Optional<DealRow> row(long id) {
        return rows(query(new DealFilter(null, null, null)).where("d.id = :id", "id", id), PageSpec.first(1)).stream()
                .findFirst();
    }

    private List<DealRow> rows(SqlList query, PageSpec page) {
        return query.page(
                jdbc,
                COLUMNS,
                page,
                SORTS,
                "title",
                (rs, i) -> new DealRow(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getBigDecimal("value"),
                        rs.getString("currency"),
                        DealStatus.valueOf(rs.getString("status")),
                        SqlList.instant(rs, "won_at"),
                        SqlList.instant(rs, "lost_at"),
                        rs.getString("lost_reason"),
                        rs.getObject("expected_close_date", LocalDate.class),
                        SqlList.id(rs, "organization_id"),
                        rs.getString("organization_name"),
                        SqlList.id(rs, "person_id"),
                        rs.getString("person_name"),
                        rs.getLong("owner_id"),
                        rs.getString("owner_name"),
                        rs.getLong("stage_id"),
                        rs.getString("stage_name"),
                        rs.getLong("version")));
    }

    @Transactional(readOnly = true)
    public long count(DealFilter filter) {
        return query(filter).count(jdbc);
    }

    /** How many rows the filter finds, counting no further than {@code atMost} (a list screen's cap). */
    @Transactional(readOnly = true)
    public long count(DealFilter filter, long atMost) {
        return query(filter).count(jdbc, atMost);
    }

    private static SqlList query(DealFilter filter) {
        return new SqlList(
                        "deal d left join organization o on o.id = d.organization_id "
                                + "left join person p on p.id = d.person_id left join app_user u on u.id = d.owner_id "
                                + "left join deal_stage s on s.id = d.stage_id",
                        "d.id")
                .where("d.deleted_at is null")
                .where(
                        "d.status = :status",
                        "status",
                        filter.status() == null ? null : filter.status().name())
                .where("d.owner_id = :owner", "owner", filter.ownerId())
                .searchIds(
                        filter.search(),
                        List.of("d.title_sort", "o.name_sort"),
                        "d.id",
                        "select id from deal where " + SqlList.matches("title_sort") + " and deleted_at is null",
                        "select id from deal where organization_id in (select id from organization where "
                                + SqlList.matches("name_sort") + " and deleted_at is null)");
    }

    /** Deals to link an activity to, by title; for pickers. */
    @Transactional(readOnly = true)
    public List<Option> options(String search, PageSpec page) {
        return options(null, search, page);
    }

    /** Deals of one organization (all when null), by title; for pickers. */
    @Transactional(readOnly = true)
    public List<Option> options(Long organizationId, String search, PageSpec page) {
        return query(new DealFilter(search, null, null))
                .where("d.organization_id = :organization", "organization", organizationId)
                .page(
                        jdbc,
                        "d.id, d.title",
                        page,
                        SORTS,
                        "title",
                        (rs, i) -> new Option(rs.getLong("id"), rs.getString("title")));
    }

    @Transactional(readOnly = true)
    public List<DealStageInfo> stages() {
        return stages.findAllByOrderByPositionAsc().stream()
                .map(s -> new DealStageInfo(s.getId(), s.getName(), s.getPosition()))
                .toList();
    }

    private Deal load(long id) {
        return deals.findByIdAndDeletedAtIsNull(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    private DealDetails saved(Deal deal, Long... formerOrganizationIds) {
        deals.saveAndFlush(deal);
        events.publishEvent(new DealChanged(deal.getId(), Ids.of(formerOrganizationIds, deal.getOrganizationId())));
        return toDetails(deal);
    }

    private void apply(Deal deal, Valid valid) {
        deal.change(
                valid.title,
                valid.value,
                valid.currency,
                valid.expectedCloseDate,
                valid.organizationId,
                valid.personId,
                valid.ownerId,
                valid.stageId,
                clock.instant());
    }

    private Valid validate(DealInput input) {
        Validation v = Validation.start();
        String title = v.requiredText("title", input.title(), 255);
        BigDecimal value = v.money("value", input.value());
        String currency = v.requiredText("currency", input.currency(), 3);
        if (currency != null && !v.hasProblem("currency")) {
            currency = currency.toUpperCase(Locale.ROOT);
            if (!currencies.isActive(currency)) {
                v.add("currency", "validation.unknownCurrency", currency);
            }
        }
        Long ownerId = v.required("ownerId", input.ownerId());
        if (ownerId != null && !users.isActiveUser(ownerId)) {
            v.add("ownerId", "validation.unknownUser");
        }
        Long stageId = input.stageId() == null ? stages().get(0).id() : input.stageId();
        if (!stages.existsById(stageId)) {
            v.add("stageId", "validation.unknownStage");
        }
        Long organizationId = input.organizationId();
        if (organizationId != null && !organizations.exists(organizationId)) {
            v.add("organizationId", "validation.unknownOrganization");
        }
        Long personId = input.personId();
        if (personId != null) {
            Optional<PersonDetails> person = people.find(personId);
            if (person.isEmpty()) {
                v.add("personId", "validation.unknownPerson");
            } else if (organizationId == null) {
                organizationId = person.get().organizationId();
            }
        }
        if (input.organizationId() == null && personId == null) {
            v.add("organizationId", "validation.deal.needsOrganizationOrPerson");
        }
        v.date("expectedCloseDate", input.expectedCloseDate(), false);
        v.throwIfInvalid();
        return new Valid(title, value, currency, organizationId, personId, ownerId, stageId, input.expectedCloseDate());
    }

    static DealDetails toDetails(Deal d) {
        return new DealDetails(
                d.getId(),
                d.getTitle(),
                d.getValue(),
                d.getCurrency(),
                d.getStatus(),
                d.getWonAt(),
                d.getLostAt(),
                d.getLostReason(),
                d.getExpectedCloseDate(),
                d.getOrganizationId(),
                d.getPersonId(),
                d.getOwnerId(),
                d.getStageId(),
                d.getCreatedAt(),
                d.getUpdatedAt(),
                d.getVersion());
    }

    private record Valid(
            String title,
            BigDecimal value,
            String currency,
            Long organizationId,
            Long personId,
            long ownerId,
            long stageId,
            LocalDate expectedCloseDate) {}
}
