package com.contas.common;

/** The id names nothing, or something that is in the trash. */
public class NotFoundException extends DomainException {

    public NotFoundException(String entity, Object id) {
        super("error.notFound", entity, id);
    }
}
