package com.contas.detail.ui;

import com.contas.activity.ActivityService;
import com.contas.common.NotFoundException;
import com.contas.common.Option;
import com.contas.detail.DetailScope.Kind;
import com.contas.live.AccountChange;
import com.contas.live.LiveUpdates;
import com.contas.organization.OrganizationDetails;
import com.contas.organization.OrganizationService;
import com.contas.security.CurrentUser;
import com.contas.security.UserService;
import com.contas.settings.SettingsService;
import com.contas.shell.MainLayout;
import com.contas.shell.RouteIds;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;

/**
 * An organization's own page, {@code /organizations/{id}}: its name, owner and address, what other
 * features add ({@link OrganizationHeaderPart}: the account's numbers), and the same sections the
 * account drawer shows ({@link DetailTabs}). It does not need the organization to be an account:
 * when its last won deal is lost, everything stays reachable here.
 */
@Route(value = "organizations/:id" + RouteIds.PATTERN, layout = MainLayout.class)
@PermitAll
public class OrganizationPage extends DetailPage<OrganizationDetails> {

    private final transient OrganizationService organizations;
    private final transient List<OrganizationHeaderPart> headerParts;

    public OrganizationPage(
            OrganizationService organizations,
            UserService userService,
            DetailSections registry,
            List<OrganizationHeaderPart> headerParts,
            ActivityService activities,
            SettingsService settings,
            CurrentUser currentUser,
            LiveUpdates live) {
        super(
                Kind.ORGANIZATION,
                "organization.notFound.title",
                "organization.notFound.text",
                "nav.organizations",
                registry,
                userService,
                activities,
                settings,
                currentUser,
                live);
        this.organizations = organizations;
        this.headerParts = headerParts;
        addClassName("contas-organization-page");
    }

    @Override
    Optional<OrganizationDetails> read(long id) {
        try {
            return Optional.of(organizations.get(id));
        } catch (NotFoundException unknown) {
            return Optional.empty();
        }
    }

    @Override
    long id(OrganizationDetails organization) {
        return organization.id();
    }

    @Override
    String name(OrganizationDetails organization) {
        return organization.name();
    }

    @Override
    void showFacts(OrganizationDetails organization, Facts facts) {
        facts.fact("organizations.column.owner", viewer().userName(organization.ownerId()));
        if (organization.address() != null) {
            facts.fact("organizations.column.address", organization.address());
        }
        for (OrganizationHeaderPart part : headerParts) {
            part.part(organization.id(), format()).ifPresent(facts::add);
        }
    }

    @Override
    boolean concerns(AccountChange change, OrganizationDetails organization) {
        return change.concerns(organization.id());
    }

    @Override
    public Option organizationOption() {
        return new Option(shown().id(), shown().name());
    }
}
