package com.contas.deal.ui;

import com.contas.common.NotFoundException;
import com.contas.common.Option;
import com.contas.currency.CurrencyService;
import com.contas.deal.DealRow;
import com.contas.deal.DealService;
import com.contas.organization.OrganizationService;
import com.contas.person.PersonService;
import com.contas.security.UserSummary;
import com.contas.settings.CompanySettings;
import com.contas.settings.SettingsService;
import com.contas.shell.FormDialog.Done;
import com.contas.shell.Formats;
import com.contas.shell.Pickers;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;

/** Builds the {@link DealForm} for each screen that adds or edits a deal. */
@SpringComponent
public class DealForms {

    private final DealService deals;
    private final OrganizationService organizations;
    private final PersonService people;
    private final CurrencyService currencies;
    private final SettingsService settings;

    DealForms(
            DealService deals,
            OrganizationService organizations,
            PersonService people,
            CurrencyService currencies,
            SettingsService settings) {
        this.deals = deals;
        this.organizations = organizations;
        this.people = people;
        this.currencies = currencies;
        this.settings = settings;
    }

    /**
     * A new deal in the company's currency, in the first stage.
     *
     * @param organization whose deal it is, fixed by the screen (an organization's deals); null lets
     *                     the user pick
     */
    public DealForm add(Option organization, List<UserSummary> users, Long ownerId, Done done) {
        DealForm[] form = new DealForm[1];
        form[0] = new DealForm(
                this,
                organization == null ? translate("deals.new") : translate("deals.newFor", organization.label()),
                null,
                organization,
                organization != null,
                users,
                ownerId,
                currencies.activeCurrencies(),
                deals.stages(),
                () -> done.done("form.saved", form[0].title()));
        form[0].currency(settings.get().defaultCurrency());
        return form[0];
    }

    /**
     * A deal read fresh, with its status and the actions on it (won, lost, reopen, delete).
     *
     * @param fixedOrganization whether the screen shows one organization (its picker is left out)
     */
    public DealForm edit(long id, boolean fixedOrganization, List<UserSummary> users, Done done) {
        DealRow row = deals.row(id).orElseThrow(() -> new NotFoundException(DealService.ENTITY, id));
        DealForm[] form = new DealForm[1];
        form[0] = new DealForm(
                this,
                translate("deals.edit", row.title()),
                row,
                Pickers.option(row.organizationId(), row.organizationName()),
                fixedOrganization,
                users,
                row.ownerId(),
                currencies.activeCurrencies(),
                deals.stages(),
                () -> done.done("form.saved", form[0].title()));
        CompanySettings company = settings.get();
        form[0].offerActions(new Formats(UI.getCurrent().getLocale(), company.timeZone()), done);
        return form[0];
    }

    DealService deals() {
        return deals;
    }

    OrganizationService organizations() {
        return organizations;
    }

    PersonService people() {
        return people;
    }

    private static String translate(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
