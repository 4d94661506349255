package com.contas.person;

import java.io.Serializable;

/** What the people list shows: text in the name, e-mails or organization, an owner (all optional). */
public record PersonFilter(String search, Long ownerId) implements Serializable {

    public static final PersonFilter ALL = new PersonFilter(null, null);
}
