package com.contas.person;

import com.contas.common.NotFoundException;
import com.contas.common.Validation;
import com.contas.history.HistoryService;
import com.contas.organization.OrganizationService;
import com.contas.person.domain.Person;
import com.contas.person.domain.PersonRepository;
import com.contas.history.TrashBin;
import com.contas.security.UserService;
import com.contas.common.Ids;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** People: the contacts of organizations. */
@Service
public class PersonService {

    public static final String ENTITY = "Person";
    public static final int MAX_CONTACT_ITEMS = 10;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[0-9+()./ -]{3,50}");

    private final PersonRepository people;
    private final OrganizationService organizations;
    private final UserService users;
    private final HistoryService history;
    private final TrashBin trash;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PersonService(PersonRepository people, OrganizationService organizations, UserService users,
            HistoryService history, TrashBin trash, ApplicationEventPublisher events, Clock clock) {
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
        Person person = new Person(valid.name, valid.organizationId, valid.ownerId, valid.emails, valid.phones,
                clock.instant());
        people.saveAndFlush(person);
        events.publishEvent(new PersonChanged(person.getId(), Ids.of(person.getOrganizationId())));
        return toDetails(person);
    }

    @Transactional
    public PersonDetails update(long id, long expectedVersion, PersonInput input) {
        Person person = load(id);
        person.checkVersion(expectedVersion);
        Valid valid = validate(input);
        history.recordChange(ENTITY, id, valid.organizationId, "organization", person.getOrganizationId(),
                valid.organizationId);
        Long before = person.getOrganizationId();
        person.change(valid.name, valid.organizationId, valid.ownerId, valid.emails, valid.phones, clock.instant());
        people.saveAndFlush(person);
        events.publishEvent(new PersonChanged(id, Ids.of(before, valid.organizationId)));
        return toDetails(person);
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
        return id == null ? Optional.empty() : people.findByIdAndDeletedAtIsNull(id).map(PersonService::toDetails);
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
        List<String> emails = contactItems(v, "emails", input.emails(), 255, EMAIL, "validation.email");
        List<String> phones = contactItems(v, "phones", input.phones(), 50, PHONE, "validation.phone");
        v.throwIfInvalid();
        return new Valid(name, input.organizationId(), ownerId, emails, phones);
    }

    private static List<String> contactItems(Validation v, String field, List<String> values, int max,
            Pattern pattern, String formatKey) {
        List<String> result = new ArrayList<>();
        for (String raw : values) {
            String value = v.optionalText(field, raw, max);
            if (value == null) {
                continue;
            }
            if (!pattern.matcher(value).matches()) {
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
        return new PersonDetails(p.getId(), p.getName(), p.getOrganizationId(), p.getOwnerId(), p.getEmails(),
                p.getPhones(), p.getCreatedAt(), p.getUpdatedAt(), p.getVersion());
    }

    private record Valid(String name, Long organizationId, long ownerId, List<String> emails, List<String> phones) {
    }
}
