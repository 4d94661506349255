package com.contas.account.ui;

import com.contas.account.AccountDetails;
import com.contas.account.AccountQueries;
import com.contas.account.AccountRow;
import com.contas.settings.CompanySettings;
import com.contas.settings.SettingsService;
import com.contas.shell.MainLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One account at {@code /accounts/{id}}: its name and numbers. (The full account drawer replaces
 * this page's content in its own issue.) An unknown id or an organization that is not an account
 * gets a friendly message, never an error page.
 */
@Route(value = "accounts/:id(\\d+)", layout = MainLayout.class)
@PermitAll
public class AccountView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient AccountQueries accounts;
    private final AccountFormat format;
    private String title;

    public AccountView(AccountQueries accounts, SettingsService settings) {
        this.accounts = accounts;
        CompanySettings company = settings.get();
        this.format = new AccountFormat(getLocale(), company.timeZone(), company.defaultCurrency(),
                accounts.calendar().today());
        addClassName("contas-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<AccountDetails> details = event.getRouteParameters().get("id").flatMap(AccountView::parseId)
                .flatMap(accounts::details);
        add(new Anchor("accounts", getTranslation("account.back")));
        if (details.isEmpty()) {
            title = getTranslation("account.notFound.title");
            add(new H2(title), new Paragraph(getTranslation("account.notFound.text")));
            return;
        }
        AccountRow row = details.get().row();
        title = row.name();
        add(new H2(row.name()));
        Div facts = new Div();
        facts.addClassName("contas-facts");
        fact(facts, "accounts.column.owner", row.ownerName());
        fact(facts, "accounts.column.since", format.date(row.accountSince()));
        fact(facts, "accounts.column.wonCount", Integer.toString(row.wonCount()));
        fact(facts, "accounts.column.wonValue", format.money(row.wonValue()));
        fact(facts, "accounts.column.openCount", Integer.toString(row.openCount()));
        fact(facts, "account.openValue", format.money(row.openValue()));
        fact(facts, "accounts.column.people", Integer.toString(row.peopleCount()));
        fact(facts, "accounts.column.next", row.nextActivity() == null ? getTranslation("accounts.next.none")
                : row.nextActivity().subject() + " · " + format.date(row.nextActivity().dueDate()));
        fact(facts, "accounts.column.last", row.lastActivityAt() == null ? getTranslation("accounts.last.never")
                : format.dateTime(row.lastActivityAt()));
        fact(facts, "account.bucket", getTranslation("bucket." + row.bucket().name()));
        add(facts);
        for (AccountDetails.CurrencyTotal total : details.get().perCurrency()) {
            add(new Paragraph(getTranslation("deal.status." + total.status()) + ": " + total.count() + " · "
                    + format.money(total.value() == null ? BigDecimal.ZERO : total.value(), total.currency())
                    + (total.hasRate() ? "" : " · " + getTranslation("account.noRate"))));
        }
    }

    private void fact(Div facts, String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("contas-fact-label");
        Span text = new Span(value);
        text.addClassName("contas-fact-value");
        Div fact = new Div(label, text);
        fact.addClassName("contas-fact");
        facts.add(fact);
    }

    private static Optional<Long> parseId(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return (title == null ? "" : title + " · ") + getTranslation("app.name");
    }
}
