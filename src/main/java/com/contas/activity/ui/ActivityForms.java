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
import com.contas.settings.CompanySettings;
import com.contas.settings.SettingsService;
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
    private final SettingsService settings;

    ActivityForms(
            ActivityService activities,
            OrganizationService organizations,
            PersonService people,
            DealService deals,
            SettingsService settings) {
        this.activities = activities;
        this.organizations = organizations;
        this.people = people;
        this.deals = deals;
        this.settings = settings;
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

    /**
     * After an activity was marked done. With the company's next-step prompt on: the form for the
     * next step, pre-filled from the one just done (type, subject, person, deal, assignee; the date
     * the company's follow-up delay ahead), whose "Skip" closes it. With it off, or skipped: a
     * notice if the organization is left with no open activity, with "Schedule follow-up".
     *
     * @param done runs when a next step was scheduled
     */
    public void afterDone(long activityId, List<UserSummary> users, Done done) {
        ActivityDetails completed = activities.get(activityId);
        ActivityRow shown = activities.row(activityId).orElse(null);
        if (shown == null) {
            return; // deleted meanwhile: nothing to follow up
        }
        Option about = Pickers.option(completed.organizationId(), shown.organizationId(), shown.organizationName());
        CompanySettings company = settings.get();
        if (!company.nextStepPrompt()) {
            checkOpen(about, users, completed.assigneeId(), done);
            return;
        }
        ActivityForm form = schedule(about, users, completed.assigneeId(), done);
        form.setHeaderTitle(
                about == null ? translate("activity.next.title") : translate("activity.next.titleFor", about.label()));
        form.prefill(completed.type(), completed.subject(), followUpDate());
        form.link(
                Pickers.option(completed.personId(), shown.personId(), shown.personName()),
                Pickers.option(completed.dealId(), shown.dealId(), shown.dealTitle()));
        form.skippable(about, completed.assigneeId(), done);
        form.open();
    }

    /**
     * Says so when {@code organization} has no open activity left (after a done, a delete, a
     * skipped next step), with "Schedule follow-up"; nothing otherwise. One indexed probe.
     */
    public void checkOpen(Option organization, List<UserSummary> users, Long assigneeId, Done done) {
        if (organization == null || activities.hasOpenActivity(organization.id())) {
            return;
        }
        new NoOpenActivityNotice(this, organization, users, assigneeId, done).open();
    }

    /** Today plus the company's follow-up delay: the date a next step or follow-up is suggested for. */
    public LocalDate followUpDate() {
        return activities.today().plusDays(settings.get().followUpDays());
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
