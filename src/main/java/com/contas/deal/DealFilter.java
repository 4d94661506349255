package com.contas.deal;

import java.io.Serializable;

/** What the deals list shows: text in the title or organization, a status, an owner (all optional). */
public record DealFilter(String search, DealStatus status, Long ownerId) implements Serializable {

    public static final DealFilter ALL = new DealFilter(null, null, null);
}
