package com.contas.person;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

public record PersonDetails(
        long id,
        String name,
        Long organizationId,
        long ownerId,
        List<String> emails,
        List<String> phones,
        Instant createdAt,
        Instant updatedAt,
        long version)
        implements Serializable {}
