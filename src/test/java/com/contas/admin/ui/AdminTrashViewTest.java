package com.contas.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.contas.account.ui.list.AccountListView;
import com.contas.deal.DealInput;
import com.contas.deal.DealService;
import com.contas.organization.OrganizationInput;
import com.contas.organization.OrganizationService;
import com.contas.security.DemoUser;
import com.contas.testsupport.ListViewTestBase;
import com.vaadin.flow.component.select.Select;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AdminTrashViewTest extends ListViewTestBase {

    @Autowired
    OrganizationService organizations;

    @Autowired
    DealService deals;

    @SuppressWarnings("unchecked")
    @Test
    void an_admin_restores_a_deleted_won_deal_and_its_account_comes_back() {
        signIn(DemoUser.USER);
        long me = data.userId(DemoUser.USER);
        long acme = organizations
                .create(new OrganizationInput("Acme Corp", null, me))
                .id();
        organizations.delete(
                organizations
                        .create(new OrganizationInput("Gone Ltd", null, me))
                        .id(),
                0);
        var deal = deals.create(new DealInput("Big deal", new BigDecimal("100"), "BRL", acme, null, me, null, null));
        deal = deals.markWon(deal.id(), deal.version());
        deals.delete(deal.id(), deal.version());

        signIn(DemoUser.ADMIN);
        ui().navigate(AccountListView.class);
        assertThat(column(0)).isEmpty();
        ui().navigate(AdminTrashView.class);
        assertThat(column(0)).containsExactlyInAnyOrder("Big deal", "Gone Ltd");
        field(_get(AdminTrashView.class), Select.class, "Kind").setValue("Deal");
        assertThat(column(0)).containsExactly("Big deal");
        assertThat(column(2)).containsExactly("Lucas Ferreira");

        click(openRow("Big deal"), "Restore");

        assertThat(column(0)).isEmpty();
        ui().navigate(AccountListView.class);
        assertThat(column(0)).containsExactly("Acme Corp");
    }
}
