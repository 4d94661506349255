package com.contas.activity.ui;

import com.contas.activity.ActivityDetails;
import com.contas.activity.ActivityRow;
import com.contas.activity.ActivityService;
import com.contas.activity.ActivityType;
import com.contas.common.NotFoundException;
import com.contas.common.Option;
import com.contas.deal.DealService;
import com.contas.organization.OrganizationService;
import com.contas.person.PersonService;
import com.contas.security.UserSummary;
import com.contas.shell.FormDialog.Done;
import com.contas.shell.Pickers;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.LocalDate;
import java.util.List;

/**
 * Builds the {@link ActivityForm} for each screen that schedules or edits an activity: what it is
 * about, who it is assigned to, and what the footer offers (done, not done, delete) are decided
 * here once.
 */
@SpringComponent
public class ActivityForms {

    private final ActivityService activities;
    private final OrganizationService organizations;
    private final PersonService people;
    private final DealService deals;

    ActivityForms(
            ActivityService activities, OrganizationService organizations, PersonService people, DealService deals) {
        this.activities = activities;
        this.organizations = organizations;
        this.people = people;
        this.deals = deals;
    }

    /**
     * A new activity.
     *
     * @param organization what it is about, fixed by the screen (a drawer, a card); null lets the
     *                     user pick one
     */
    public ActivityForm schedule(Option organization, List<UserSummary> users, Long assigneeId, Done done) {
        String title = organization == null
                ? translate("activities.new")
                : translate("activity.form.newTitle", organization.label());
        ActivityForm[] form = new ActivityForm[1];
        form[0] = new ActivityForm(
                this,
                title,
                null,
                organization,
                organization != null,
                users,
                assigneeId,
                () -> done.done("form.saved", form[0].subject()));
        return form[0];
    }

    /** "Schedule a follow-up" for an account left without an open activity: a call on {@code date}. */
    public ActivityForm followUp(
            Option organization, LocalDate date, List<UserSummary> users, Long assigneeId, Done done) {
        ActivityForm form = schedule(organization, users, assigneeId, done);
        form.setHeaderTitle(translate("board.followUp.title", organization.label()));
        return form.prefill(ActivityType.CALL, translate("board.followUp.defaultSubject"), date)
                .brief();
    }

    /**
     * An activity read fresh, with mark done / not done and delete in its footer.
     *
     * @param fixedOrganization whether the screen shows one organization (its picker is left out)
     */
    public ActivityForm edit(long id, boolean fixedOrganization, List<UserSummary> users, Done done) {
        ActivityDetails details = activities.get(id);
        ActivityRow shown = activities.row(id).orElseThrow(() -> new NotFoundException(ActivityService.ENTITY, id));
        ActivityForm[] form = new ActivityForm[1];
        form[0] = new ActivityForm(
                this,
                translate("activities.edit", details.subject()),
                details,
                Pickers.option(details.organizationId(), shown.organizationId(), shown.organizationName()),
                fixedOrganization,
                users,
                details.assigneeId(),
                () -> done.done("form.saved", form[0].subject()));
        form[0].show(
                details,
                Pickers.option(details.personId(), shown.personId(), shown.personName()),
                Pickers.option(details.dealId(), shown.dealId(), shown.dealTitle()));
        form[0].offerActions(done);
        return form[0];
    }

    ActivityService activities() {
        return activities;
    }

    OrganizationService organizations() {
        return organizations;
    }

    PersonService people() {
        return people;
    }

    DealService deals() {
        return deals;
    }

    private static String translate(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
