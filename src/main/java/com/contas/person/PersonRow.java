package com.contas.person;

import java.io.Serializable;

/** A person as the people list shows it: the first e-mail and phone, the organization's name. */
public record PersonRow(
        long id,
        String name,
        Long organizationId,
        String organizationName,
        String email,
        String phone,
        long ownerId,
        String ownerName,
        long version)
        implements Serializable {}
