package com.contas.activity;

import com.contas.common.OrganizationsTouched;
import java.util.Set;

/** An activity was scheduled, edited, moved, done, undone, deleted or restored. */
public record ActivityChanged(long activityId, Set<Long> organizationIds) implements OrganizationsTouched {}
