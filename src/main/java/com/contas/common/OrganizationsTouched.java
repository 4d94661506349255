package com.contas.common;

import java.util.Set;

/**
 * A committed-to-be change that can move an organization's account numbers (deals, activities,
 * people, the organization itself). Published inside the writing transaction, so listeners that
 * keep derived data work in the same transaction and roll back with it.
 */
public interface OrganizationsTouched {

    /** The organizations whose numbers may have changed (both sides of a move). */
    Set<Long> organizationIds();
}
