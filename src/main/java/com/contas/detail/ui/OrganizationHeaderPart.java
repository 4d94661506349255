package com.contas.detail.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * Something another feature adds to an organization's page header (the accounts: "Account: 3 won
 * · R$ 12,000"), without the page knowing that feature. A Spring bean; the page asks every one.
 */
public interface OrganizationHeaderPart {

    /** What to show for the organization, if anything. */
    Optional<Component> part(long organizationId, DetailFormat format);
}
