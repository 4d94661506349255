package com.contas.person;

import com.contas.common.OrganizationsTouched;
import java.util.Set;

/** A person was created, edited, deleted or restored; the organizations it left or joined. */
public record PersonChanged(long personId, Set<Long> organizationIds) implements OrganizationsTouched {}
