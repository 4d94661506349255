package com.contas.detail.ui;

import static com.contas.testsupport.MutableClock.TODAY;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.contas.deal.DealDetails;
import com.contas.deal.DealService;
import com.contas.link.Links;
import com.contas.note.NoteService;
import com.contas.organization.OrganizationInput;
import com.contas.organization.OrganizationService;
import com.contas.security.DemoUser;
import com.contas.testsupport.Accounts;
import com.contas.testsupport.KaribuTestBase;
import com.contas.testsupport.Screen;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OrganizationPageTest extends KaribuTestBase {

    @Autowired
    Accounts given;

    @Autowired
    OrganizationService organizations;

    @Autowired
    DealService deals;

    @Autowired
    NoteService notes;

    long me;

    @BeforeEach
    void signIn() {
        signIn(DemoUser.USER);
        me = data.userId(DemoUser.USER);
    }

    private OrganizationPage open(long id) {
        UI.getCurrent().navigate("organizations/" + id);
        return _get(OrganizationPage.class);
    }

    private static List<String> tabLabels(OrganizationPage page) {
        return _find(page, Tab.class).stream().map(Tab::getLabel).toList();
    }

    @Test
    void an_organization_that_never_won_a_deal_has_a_page_with_every_section() {
        long prospect = organizations
                .create(new OrganizationInput("Prospect Ltd", "Rua B, 2", me))
                .id();

        OrganizationPage page = open(prospect);

        assertThat(_get(page, H2.class).getText()).isEqualTo("Prospect Ltd");
        assertThat(Screen.visibleText(page))
                .contains(data.user(DemoUser.USER).displayName())
                .contains("Rua B, 2")
                .doesNotContain("Account:");
        assertThat(tabLabels(page))
                .containsExactly(
                        "Activities (0)", "Notes (0)", "Files (0)", "Deals (0)", "People (0)", "Details", "History");
        assertThat(ui().getInternals().getTitle()).startsWith("Prospect Ltd · Organizations");
    }

    @Test
    void a_note_added_on_the_page_shows_and_counts() {
        long prospect = organizations
                .create(new OrganizationInput("Prospect Ltd", null, me))
                .id();
        OrganizationPage page = open(prospect);
        _get(page, DetailTabs.class).select("notes");
        _get(page, TextArea.class, spec -> spec.withLabel("New note")).setValue("Met at the fair");
        _get(page, Button.class, spec -> spec.withText("Add note")).click();

        assertThat(Screen.visibleText(page)).contains("Met at the fair");
        assertThat(tabLabels(page)).contains("Notes (1)");
    }

    @Test
    void an_account_shows_its_numbers_linking_to_the_accounts_and_keeps_everything_when_its_last_won_deal_is_lost() {
        long acme = organizations
                .create(new OrganizationInput("Acme Corp", null, me))
                .id();
        DealDetails won = given.won(acme, me, "1000", "BRL");
        given.call(acme, "Satisfaction call", TODAY.plusDays(2), me);
        notes.add("Likes short calls", new Links(acme, null, null));

        OrganizationPage page = open(acme);
        Anchor account = _get(page, Anchor.class, spec -> spec.withClasses("contas-organization-account"));
        assertThat(account.getHref()).isEqualTo("accounts/" + acme);
        assertThat(account.getText()).startsWith("Account: 1 won");

        won = deals.get(won.id());
        deals.markLost(won.id(), won.version(), "Budget cut");
        page = open(acme);

        assertThat(_find(page, Anchor.class, spec -> spec.withClasses("contas-organization-account")))
                .isEmpty();
        assertThat(tabLabels(page)).contains("Activities (1)", "Notes (1)", "Deals (1)");
        assertThat(Screen.visibleText(page)).contains("Satisfaction call");
    }

    @Test
    void an_unknown_organization_is_said_to_be_not_found() {
        OrganizationPage page = open(987_654);
        assertThat(Screen.visibleText(page)).contains("Organization not found");
    }
}
