package com.contas.organization;

import com.contas.common.OrganizationsTouched;
import java.util.Set;

/** An organization was created, edited, deleted or restored. */
public record OrganizationChanged(long organizationId) implements OrganizationsTouched {

    @Override
    public Set<Long> organizationIds() {
        return Set.of(organizationId);
    }
}
