package com.contas.link;

import com.contas.common.Validation;
import com.contas.deal.DealDetails;
import com.contas.deal.DealService;
import com.contas.organization.OrganizationService;
import com.contas.person.PersonDetails;
import com.contas.person.PersonService;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the links of an activity, note or file and completes them: something linked to a
 * person or deal of an organization is linked to that organization too, so it shows on the
 * account.
 */
@Component
public class LinkResolver {

    private final OrganizationService organizations;
    private final PersonService people;
    private final DealService deals;

    LinkResolver(OrganizationService organizations, PersonService people, DealService deals) {
        this.organizations = organizations;
        this.people = people;
        this.deals = deals;
    }

    /**
     * Validates {@code requested} into {@code v} and returns the completed links. Unknown or
     * deleted ids, and a person or deal of another organization than the one given, are problems.
     */
    @Transactional(readOnly = true)
    public Links resolve(Validation v, Links requested, boolean required) {
        Long organizationId = requested.organizationId();
        if (organizationId != null && !organizations.exists(organizationId)) {
            v.add("organizationId", "validation.unknownOrganization");
        }
        Long derived = null;
        if (requested.dealId() != null) {
            Optional<DealDetails> deal = deals.find(requested.dealId());
            if (deal.isEmpty()) {
                v.add("dealId", "validation.unknownDeal");
            } else {
                derived = deal.get().organizationId();
                checkSameOrganization(v, "dealId", organizationId, derived);
            }
        }
        if (requested.personId() != null) {
            Optional<PersonDetails> person = people.find(requested.personId());
            if (person.isEmpty()) {
                v.add("personId", "validation.unknownPerson");
            } else {
                Long personOrg = person.get().organizationId();
                checkSameOrganization(v, "personId", organizationId != null ? organizationId : derived, personOrg);
                derived = derived != null ? derived : personOrg;
            }
        }
        if (required && requested.isEmpty()) {
            v.add("organizationId", "validation.needsLink");
        }
        return new Links(organizationId != null ? organizationId : derived, requested.personId(), requested.dealId());
    }

    private static void checkSameOrganization(Validation v, String field, Long expected, Long actual) {
        if (expected != null && actual != null && !Objects.equals(expected, actual)) {
            v.add(field, "validation.linkMismatch");
        }
    }
}
