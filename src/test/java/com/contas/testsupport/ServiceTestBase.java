package com.contas.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.contas.activity.ActivityDetails;
import com.contas.activity.ActivityInput;
import com.contas.activity.ActivityService;
import com.contas.activity.ActivityType;
import com.contas.common.ValidationException;
import com.contas.deal.DealDetails;
import com.contas.deal.DealInput;
import com.contas.deal.DealService;
import com.contas.organization.OrganizationDetails;
import com.contas.organization.OrganizationInput;
import com.contas.organization.OrganizationService;
import com.contas.person.PersonDetails;
import com.contas.person.PersonInput;
import com.contas.person.PersonService;
import com.contas.security.DemoUser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** Service tests: a clean database, a signed-in USER, and short ways to make CRM records. */
@DbTest
public abstract class ServiceTestBase {

    @Autowired
    protected TestData data;

    @Autowired
    protected MutableClock clock;

    @Autowired
    protected OrganizationService organizations;

    @Autowired
    protected PersonService people;

    @Autowired
    protected DealService deals;

    @Autowired
    protected ActivityService activities;

    protected long me;

    @BeforeEach
    void cleanDatabaseAndSignIn() {
        data.reset();
        clock.reset();
        data.signIn(DemoUser.USER);
        me = data.userId(DemoUser.USER);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    protected OrganizationDetails organization(String name) {
        return organizations.create(new OrganizationInput(name, "Rua Augusta 100, São Paulo", me));
    }

    protected PersonDetails person(String name, Long organizationId) {
        return people.create(new PersonInput(name, organizationId, me, List.of(), List.of()));
    }

    protected DealDetails deal(long organizationId, String value, String currency) {
        return deals.create(
                new DealInput("Deal " + value, new BigDecimal(value), currency, organizationId, null, me, null, null));
    }

    protected ActivityDetails activity(Long organizationId, Long personId, Long dealId, LocalDate due) {
        return activities.schedule(new ActivityInput(
                ActivityType.CALL, "Satisfaction call", due, null, 30, null, organizationId, personId, dealId, me));
    }

    /**
     * Runs {@code action}, expects a validation refusal naming {@code field} and proves that no
     * table changed.
     */
    protected ValidationException assertRefusedWithoutWrites(String field, Runnable action) {
        Map<String, Long> before = data.rowCounts();
        ValidationException e = catchThrowableOfType(ValidationException.class, action::run);
        assertThat(e).as("expected a validation refusal").isNotNull();
        assertThat(e.problems()).extracting(p -> p.field()).contains(field);
        assertThat(data.rowCounts()).isEqualTo(before);
        return e;
    }
}
