package com.contas.link;

import java.io.Serializable;

/** What an activity, note or file is about. */
public record Links(Long organizationId, Long personId, Long dealId) implements Serializable {

    public boolean isEmpty() {
        return organizationId == null && personId == null && dealId == null;
    }
}
