package com.contas.detail.ui;

import com.contas.activity.ActivityService;
import com.contas.common.NotFoundException;
import com.contas.detail.DetailQueries.SectionCounts;
import com.contas.live.LiveUpdates;
import com.contas.live.ui.LiveScreen;
import com.contas.organization.OrganizationDetails;
import com.contas.organization.OrganizationService;
import com.contas.security.CurrentUser;
import com.contas.security.UserService;
import com.contas.security.UserSummary;
import com.contas.settings.CompanySettings;
import com.contas.settings.SettingsService;
import com.contas.shell.MainLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * An organization's own page, {@code /organizations/{id}}: its name, owner and address, what other
 * features add ({@link OrganizationHeaderPart}: the account's numbers), and the same sections the
 * account drawer shows ({@link DetailTabs}). It does not need the organization to be an account:
 * when its last won deal is lost, everything stays reachable here.
 */
@Route(value = "organizations/:id([0-9]{1,18})", layout = MainLayout.class)
@PermitAll
public class OrganizationPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, SectionContext {

    private final transient OrganizationService organizations;
    private final transient UserService userService;
    private final transient DetailSections registry;
    private final transient List<OrganizationHeaderPart> headerParts;
    private final DetailFormat format;
    private final Long me;
    private final H2 title = new H2();
    private final Facts facts = new Facts();
    private DetailTabs tabs;
    private List<UserSummary> users;
    private OrganizationDetails details;
    private SectionCounts counts;

    public OrganizationPage(
            OrganizationService organizations,
            UserService userService,
            DetailSections registry,
            List<OrganizationHeaderPart> headerParts,
            ActivityService activities,
            SettingsService settings,
            CurrentUser currentUser,
            LiveUpdates live) {
        this.organizations = organizations;
        this.userService = userService;
        this.registry = registry;
        this.headerParts = headerParts;
        this.me = currentUser.idOrNull();
        CompanySettings company = settings.get();
        this.format = new DetailFormat(getLocale(), company.timeZone(), company.defaultCurrency(), activities.today());
        addClassName("contas-page");
        addClassName("contas-organization-page");
        title.addClassName("contas-page-title");
        LiveScreen.follow(this, live, change -> {
            if (details != null && change.concerns(details.id()) && reread()) {
                tabs.changedElsewhere(change.actorName() == null ? getTranslation("live.someone") : change.actorName());
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        removeAll();
        try {
            details = organizations.get(id);
        } catch (NotFoundException unknown) {
            details = null;
            title.setText(getTranslation("organization.notFound.title"));
            add(title, new Paragraph(getTranslation("organization.notFound.text")));
            return;
        }
        showHeader();
        if (tabs == null) {
            tabs = new DetailTabs(registry, this);
        }
        add(title, facts, tabs);
        setFlexGrow(1, tabs);
        counts = registry.counts(id);
        tabs.showFirst(counts);
    }

    private void showHeader() {
        title.setText(details.name());
        facts.removeAll();
        facts.fact("organizations.column.owner", ownerName(details.ownerId()));
        if (details.address() != null) {
            facts.fact("organizations.column.address", details.address());
        }
        for (OrganizationHeaderPart part : headerParts) {
            part.part(details.id(), format).ifPresent(facts::add);
        }
    }

    private String ownerName(long ownerId) {
        return users().stream()
                .filter(u -> u.id() == ownerId)
                .map(UserSummary::displayName)
                .findFirst()
                .orElseGet(() -> userService.get(ownerId).displayName());
    }

    /** Reads the header and counts again; false when the organization is gone (to the trash). */
    private boolean reread() {
        try {
            details = organizations.get(details.id());
        } catch (NotFoundException gone) {
            removeAll();
            title.setText(getTranslation("organization.notFound.title"));
            add(title, new Paragraph(getTranslation("organization.notFound.text")));
            details = null;
            return false;
        }
        showHeader();
        counts = registry.counts(details.id());
        tabs.showCounts(counts);
        return true;
    }

    @Override
    public void changed(DetailSection source) {
        if (reread()) {
            tabs.changed();
        }
    }

    @Override
    public long organization() {
        return details.id();
    }

    @Override
    public String accountName() {
        return details.name();
    }

    @Override
    public DetailFormat format() {
        return format;
    }

    @Override
    public Long me() {
        return me;
    }

    @Override
    public List<UserSummary> users() {
        if (users == null) {
            users = userService.activeUsers();
        }
        return users;
    }

    @Override
    public SectionCounts counts() {
        return counts;
    }

    @Override
    public String getPageTitle() {
        return (details == null ? "" : details.name() + " · ") + getTranslation("nav.organizations") + " · "
                + getTranslation("app.name");
    }
}
