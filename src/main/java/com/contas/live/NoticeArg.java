package com.contas.live;

import java.io.Serializable;

/**
 * An argument of a live notice: either text from the data (an account's name, a count), shown as
 * it is whatever it looks like, or a translation key the reader translates (a column's name). The
 * kind travels with the value, so a name such as {@code #bucket.OVERDUE} is never taken for a key.
 */
public record NoticeArg(String value, boolean translated) implements Serializable {

    /** Shown exactly as written. */
    public static NoticeArg text(String text) {
        return new NoticeArg(text, false);
    }

    /** Translated by each reader into their language. */
    public static NoticeArg key(String messageKey) {
        return new NoticeArg(messageKey, true);
    }
}
