package com.contas.organization;

import java.io.Serializable;

/** What the organizations list shows: text in the name or address, an owner, only accounts (all optional). */
public record OrganizationFilter(String search, Long ownerId, boolean accountsOnly) implements Serializable {

    public static final OrganizationFilter ALL = new OrganizationFilter(null, null, false);
}
