package com.contas.common;

import java.util.Arrays;

/**
 * A refusal the user can understand. Carries a translation key (and its arguments) instead of
 * a finished sentence so that the UI shows it in the user's language.
 */
public abstract class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    protected DomainException(String messageKey, Object... args) {
        super(messageKey + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
