package com.contas.organization;

import java.io.Serializable;
import java.time.Instant;

/**
 * An organization as the organizations list shows it; {@code account} when it has a won deal
 * (then it opens as an account too).
 */
public record OrganizationRow(
        long id,
        String name,
        String address,
        long ownerId,
        String ownerName,
        long peopleCount,
        boolean account,
        Instant createdAt,
        long version)
        implements Serializable {}
