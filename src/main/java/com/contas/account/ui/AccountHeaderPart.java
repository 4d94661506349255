package com.contas.account.ui;

import com.contas.account.AccountQueries;
import com.contas.account.AccountRow;
import com.contas.detail.ui.DetailFormat;
import com.contas.detail.ui.OrganizationHeaderPart;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Optional;

/** On an organization's page, when it is an account: its numbers, linking to it in the accounts. */
@SpringComponent
class AccountHeaderPart implements OrganizationHeaderPart {

    private final AccountQueries accounts;

    AccountHeaderPart(AccountQueries accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<Component> part(long organizationId, DetailFormat format) {
        return accounts.row(organizationId).map(row -> link(row, format));
    }

    private static Component link(AccountRow row, DetailFormat format) {
        Anchor link = new Anchor(
                AccountViews.LIST_ROUTE + "/" + row.id(),
                UI.getCurrent()
                        .getTranslation(
                                "organization.account", row.wonCount(), format.money(row.wonValue()), row.openCount()));
        link.addClassName("contas-organization-account");
        return link;
    }
}
