package com.contas.person;

import com.contas.common.Ids;
import com.contas.common.NotFoundException;
import com.contas.common.Option;
import com.contas.common.PageSpec;
import com.contas.common.SqlList;
import com.contas.common.Validation;
import com.contas.history.HistoryService;
import com.contas.history.TrashBin;
import com.contas.organization.OrganizationService;
import com.contas.person.domain.Person;
import com.contas.person.domain.PersonRepository;
import com.contas.security.UserService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** People: the contacts of organizations. */
@Service
public class PersonService {

    public static final String ENTITY = "Person";
    public static final int MAX_CONTACT_ITEMS = 10;
    private final PersonRepository people;
    private final OrganizationService organizations;
    private final UserService users;
    private final HistoryService history;
    private final TrashBin trash;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final NamedParameterJdbcTemplate jdbc;

    /** A person's first e-mail address: the list joins it ({@code pe}), at most one row per person. */
    private static final String FIRST_EMAIL = "pe.email";

    private static final Map<String, String> SORTS = Map.of(
            "name",
            "p.name_sort",
            "organization",
            "o.name_sort",
            "email",
            FIRST_EMAIL,
            "owner",
            SqlList.folded("u.display_name"));

    PersonService(
            PersonRepository people,
            OrganizationService organizations,
            UserService users,
            HistoryService history,
            TrashBin trash,
            ApplicationEventPublisher events,
            Clock clock,
            NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.people = people;
        this.organizations = organizations;
        this.users = users;
        this.history = history;
        this.trash = trash;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public PersonDetails create(PersonInput input) {
        Valid valid = validate(input);
        Person person = new Person(
                valid.name, valid.organizationId, valid.ownerId, valid.emails, valid.phones, clock.instant());
        people.saveAndFlush(person);
        events.publishEvent(new PersonChanged(person.getId(), Ids.of(person.getOrganizationId())));
        return toDetails(person);
    }

    @Transactional
    public PersonDetails update(long id, long expectedVersion, PersonInput input) {
        Person person = load(id);
        person.checkVersion(expectedVersion);
        Valid valid = validate(input);
        history.recordChange(
                ENTITY, id, valid.organizationId, "organization", person.getOrganizationId(), valid.organizationId);
        Long before = person.getOrganizationId();
        person.change(valid.name, valid.organizationId, valid.ownerId, valid.emails, valid.phones, clock.instant());
        people.saveAndFlush(person);
        events.publishEvent(new PersonChanged(id, Ids.of(before, valid.organizationId)));
        return toDetails(person);
    }

    /**
     * Moves a person to an organization, or out of theirs (null), keeping everything else; as an
     * edit, refused if the person changed since {@code expectedVersion}.
     */
    @Transactional
    public PersonDetails linkTo(long id, long expectedVersion, Long organizationId) {
        PersonDetails now = toDetails(load(id));
        return update(
                id,
                expectedVersion,
                new PersonInput(now.name(), organizationId, now.ownerId(), now.emails(), now.phones()));
    }

    @Transactional
    public void delete(long id, long expectedVersion) {
        Person person = load(id);
        trash.moveToTrash(people, ENTITY, person, expectedVersion, person.getOrganizationId());
        events.publishEvent(new PersonChanged(id, Ids.of(person.getOrganizationId())));
    }

    @Transactional
    public PersonDetails restore(long id) {
        Person person = trash.restore(people, ENTITY, id, Person::getOwnerId, Person::getOrganizationId);
        events.publishEvent(new PersonChanged(id, Ids.of(person.getOrganizationId())));
        return toDetails(person);
    }

    @Transactional(readOnly = true)
    public PersonDetails get(long id) {
        return toDetails(load(id));
    }

    /** The person if it exists and is not in the trash; for linking deals, activities and notes. */
    @Transactional(readOnly = true)
    public Optional<PersonDetails> find(Long id) {
        return id == null
                ? Optional.empty()
                : people.findByIdAndDeletedAtIsNull(id).map(PersonService::toDetails);
    }

    /** One page of the people list, filtered and sorted in the database. */
    @Transactional(readOnly = true)
    public List<PersonRow> list(PersonFilter filter, PageSpec page) {
        return rows(query(filter), page);
    }

    /** One person as the list shows it (with the organization's name), if it exists. */
    @Transactional(readOnly = true)
    public Optional<PersonRow> row(long id) {
        return rows(query(new PersonFilter(null, null)).where("p.id = :id", "id", id), PageSpec.first(1)).stream()
                .findFirst();
    }

    private List<PersonRow> rows(SqlList query, PageSpec page) {
        String select = "p.id, p.name, p.organization_id, o.name as organization_name, " + FIRST_EMAIL + " as email, "
                + "(select f.phone from person_phone f where f.person_id = p.id and f.position = 0) as phone, "
                + "p.owner_id, u.display_name as owner_name, p.version";
        return query.page(
                jdbc,
                select,
                page,
                SORTS,
                "name",
                (rs, i) -> new PersonRow(
                        rs.getLong("id"),
                        rs.getString("name"),
                        SqlList.id(rs, "organization_id"),
                        rs.getString("organization_name"),
                        rs.getString("email"),
                        rs.getString("phone"),
                        rs.getLong("owner_id"),
                        rs.getString("owner_name"),
                        rs.getLong("version")));
    }

    @Transactional(readOnly = true)
    public long count(PersonFilter filter) {
        return query(filter).count(jdbc);
    }

    /** How many rows the filter finds, counting no further than {@code atMost} (a list screen's cap). */
    @Transactional(readOnly = true)
    public long count(PersonFilter filter, long atMost) {
        return query(filter).count(jdbc, atMost);
    }

    /** People whose name contains {@code search}, for pickers; the organization's name follows. */
    @Transactional(readOnly = true)
    public List<Option> options(String search, PageSpec page) {
        return options(null, search, page);
    }

    /** People of one organization (all when null) whose name contains {@code search}, for pickers. */
    @Transactional(readOnly = true)
    public List<Option> options(Long organizationId, String search, PageSpec page) {
        return query(new PersonFilter(search, null))
                .where("p.organization_id = :organization", "organization", organizationId)
                .page(
                        jdbc,
                        "p.id, p.name, o.name as org",
                        page,
                        SORTS,
                        "name",
                        (rs, i) -> new Option(
                                rs.getLong("id"),
                                rs.getString("org") == null
                                        ? rs.getString("name")
                                        : rs.getString("name") + " (" + rs.getString("org") + ")"));
    }

    private static SqlList query(PersonFilter filter) {
        return new SqlList(
                        "person p left join organization o on o.id = p.organization_id "
                                + "left join app_user u on u.id = p.owner_id "
                                + "left join person_email pe on pe.person_id = p.id and pe.position = 0",
                        "p.id")
                .where("p.deleted_at is null")
                .where("p.owner_id = :owner", "owner", filter.ownerId())
                .searchIds(
                        filter.search(),
                        List.of("p.name_sort", "o.name_sort", "pe.email_sort"),
                        "p.id",
                        "select id from person where " + SqlList.matches("name_sort") + " and deleted_at is null",
                        "select id from person where organization_id in (select id from organization where "
                                + SqlList.matches("name_sort") + " and deleted_at is null)",
                        "select person_id from person_email where position = 0 and " + SqlList.matches("email_sort"));
    }

    private Person load(long id) {
        return people.findByIdAndDeletedAtIsNull(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    private Valid validate(PersonInput input) {
        Validation v = Validation.start();
        String name = v.requiredText("name", input.name(), 255);
        Long ownerId = v.required("ownerId", input.ownerId());
        if (ownerId != null && !users.isActiveUser(ownerId)) {
            v.add("ownerId", "validation.unknownUser");
        }
        if (input.organizationId() != null && !organizations.exists(input.organizationId())) {
            v.add("organizationId", "validation.unknownOrganization");
        }
        List<String> emails =
                contactItems(v, "emails", input.emails(), 255, Validation::isPlainEmail, "validation.email");
        List<String> phones = contactItems(v, "phones", input.phones(), 50, Validation::isPhone, "validation.phone");
        v.throwIfInvalid();
        return new Valid(name, input.organizationId(), ownerId, emails, phones);
    }

    private static List<String> contactItems(
            Validation v, String field, List<String> values, int max, Predicate<String> wellFormed, String formatKey) {
        List<String> result = new ArrayList<>();
        for (String raw : values) {
            String value = v.optionalText(field, raw, max);
            if (value == null) {
                continue;
            }
            // An over-long value is told as such, not also as malformed.
            if (value.length() <= max && !wellFormed.test(value)) {
                v.add(field, formatKey, value);
            }
            result.add(field.equals("emails") ? value.toLowerCase(Locale.ROOT) : value);
        }
        if (result.size() > MAX_CONTACT_ITEMS) {
            v.add(field, "validation.tooMany", MAX_CONTACT_ITEMS);
        }
        return result;
    }

    private static PersonDetails toDetails(Person p) {
        return new PersonDetails(
                p.getId(),
                p.getName(),
                p.getOrganizationId(),
                p.getOwnerId(),
                p.getEmails(),
                p.getPhones(),
                p.getCreatedAt(),
                p.getUpdatedAt(),
                p.getVersion());
    }

    private record Valid(String name, Long organizationId, long ownerId, List<String> emails, List<String> phones) {}
}
