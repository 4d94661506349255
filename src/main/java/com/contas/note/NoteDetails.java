package com.contas.note;

import java.io.Serializable;
import java.time.Instant;

public record NoteDetails(
        long id,
        String body,
        boolean pinned,
        long authorId,
        Long organizationId,
        Long personId,
        Long dealId,
        Instant createdAt,
        Instant updatedAt,
        Long editedBy,
        Instant editedAt,
        long version)
        implements Serializable {}
