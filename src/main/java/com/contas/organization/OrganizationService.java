package com.contas.organization;

import com.contas.common.NotFoundException;
import com.contas.common.Validation;
import com.contas.history.HistoryService;
import com.contas.organization.domain.Organization;
import com.contas.organization.domain.OrganizationRepository;
import com.contas.history.TrashBin;
import com.contas.security.UserService;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
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

    OrganizationService(OrganizationRepository organizations, UserService users, HistoryService history,
            TrashBin trash, ApplicationEventPublisher events, Clock clock) {
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
        Organization org = organizations.saveAndFlush(
                new Organization(valid.name, valid.address, valid.ownerId, clock.instant()));
        events.publishEvent(new OrganizationChanged(org.getId()));
        return toDetails(org);
    }

    /** Changes the organization if nobody changed it since {@code expectedVersion}. */
    @Transactional
    public OrganizationDetails update(long id, long expectedVersion, OrganizationInput input) {
        Organization org = load(id);
        org.checkVersion(expectedVersion);
        Valid valid = validate(input);
        history.recordChange(ENTITY, id, id, "name", org.getName(), valid.name);
        history.recordChange(ENTITY, id, id, "address", org.getAddress(), valid.address);
        history.recordChange(ENTITY, id, id, "owner", org.getOwnerId(), valid.ownerId);
        org.change(valid.name, valid.address, valid.ownerId, clock.instant());
        organizations.saveAndFlush(org);
        events.publishEvent(new OrganizationChanged(id));
        return toDetails(org);
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

    private Organization load(long id) {
        return organizations.findByIdAndDeletedAtIsNull(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    private Valid validate(OrganizationInput input) {
        Validation v = Validation.start();
        String name = v.requiredText("name", input.name(), 255);
        String address = v.optionalMultiline("address", input.address(), 1000);
        Long ownerId = v.required("ownerId", input.ownerId());
        if (ownerId != null && !users.isActiveUser(ownerId)) {
            v.add("ownerId", "validation.unknownUser");
        }
        v.throwIfInvalid();
        return new Valid(name, address, ownerId);
    }

    private static OrganizationDetails toDetails(Organization o) {
        return new OrganizationDetails(o.getId(), o.getName(), o.getAddress(), o.getOwnerId(), o.getCreatedAt(),
                o.getUpdatedAt(), o.getVersion());
    }

    private record Valid(String name, String address, long ownerId) {
    }
}
