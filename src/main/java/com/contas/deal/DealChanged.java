package com.contas.deal;

import com.contas.common.OrganizationsTouched;
import java.util.Set;

/** A deal was created, edited, won, lost, reopened, deleted or restored. */
public record DealChanged(long dealId, Set<Long> organizationIds) implements OrganizationsTouched {}
