package com.contas.organization;

import java.io.Serializable;
import java.time.Instant;

public record OrganizationDetails(
        long id, String name, String address, long ownerId, Instant createdAt, Instant updatedAt, long version)
        implements Serializable {}
