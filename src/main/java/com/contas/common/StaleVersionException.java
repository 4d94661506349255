package com.contas.common;

/**
 * The row changed after the user read it: someone else saved first. The user's change is
 * refused rather than silently overwriting theirs.
 */
public class StaleVersionException extends DomainException {

    public StaleVersionException(String entity, Object id) {
        super("error.staleVersion", entity, id);
    }
}
