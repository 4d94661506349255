package com.contas.testsupport;

import com.contas.activity.ActivityDetails;
import com.contas.activity.ActivityInput;
import com.contas.activity.ActivityService;
import com.contas.activity.ActivityType;
import com.contas.deal.DealDetails;
import com.contas.deal.DealInput;
import com.contas.deal.DealService;
import com.contas.organization.OrganizationInput;
import com.contas.organization.OrganizationService;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The one way tests make "an account with…": an organization with a won deal (through the
 * services, as a user would, so the account summary and live updates follow), and its activities.
 */
public class Accounts {

    private final OrganizationService organizations;
    private final DealService deals;
    private final ActivityService activities;

    public Accounts(OrganizationService organizations, DealService deals, ActivityService activities) {
        this.organizations = organizations;
        this.deals = deals;
        this.activities = activities;
    }

    /** An account: an organization owned by {@code owner} with one deal of {@code value} BRL, won. */
    public long account(String name, long owner, String value) {
        long id = organizations.create(new OrganizationInput(name, null, owner)).id();
        won(id, owner, value, "BRL");
        return id;
    }

    /** An account worth 1,000 BRL. */
    public long account(String name, long owner) {
        return account(name, owner, "1000");
    }

    /** One more deal of the organization, won. */
    public DealDetails won(long organizationId, long owner, String value, String currency) {
        DealDetails deal = deals.create(new DealInput(
                "Deal " + value, new BigDecimal(value), currency, organizationId, null, owner, null, null));
        return deals.markWon(deal.id(), deal.version());
    }

    /** An open call of the organization, due on {@code due} (its next activity when it is the earliest). */
    public ActivityDetails call(long organizationId, String subject, LocalDate due, long assignee) {
        return activities.schedule(new ActivityInput(
                ActivityType.CALL, subject, due, null, null, null, organizationId, null, null, assignee));
    }
}
