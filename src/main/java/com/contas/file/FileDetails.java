package com.contas.file;

import java.io.Serializable;
import java.time.Instant;

public record FileDetails(
        long id,
        String name,
        String contentType,
        long sizeBytes,
        long uploaderId,
        Long organizationId,
        Long personId,
        Long dealId,
        Instant createdAt,
        long version)
        implements Serializable {}
