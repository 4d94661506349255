package com.contas.person;

import java.io.Serializable;
import java.util.List;

/** What a user types to create or change a person; e-mails and phones in the order shown. */
public record PersonInput(String name, Long organizationId, Long ownerId, List<String> emails, List<String> phones)
        implements Serializable {

    public PersonInput {
        emails = emails == null ? List.of() : List.copyOf(emails);
        phones = phones == null ? List.of() : List.copyOf(phones);
    }
}
