package com.contas.organization;

import com.contas.common.OrganizationsTouched;
import java.util.Set;

/** Organizations got a new owner at once (a bulk reassignment or its Undo). */
public record OrganizationsReassigned(Set<Long> organizationIds) implements OrganizationsTouched {}
