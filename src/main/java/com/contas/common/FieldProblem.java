package com.contas.common;

import java.io.Serializable;

/**
 * What is wrong with one input field: the field's name (as the service's command names it, or
 * empty for the whole form) and a translation key with its arguments.
 */
public record FieldProblem(String field, String messageKey, Object... args) implements Serializable {

    public FieldProblem {
        field = field == null ? "" : field;
        args = args == null ? new Object[0] : args.clone();
    }
}
