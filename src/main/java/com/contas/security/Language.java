package com.contas.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages a user may choose in "My account"; none chosen means the browser's. Each has a
 * translation bundle ({@code vaadin-i18n/translations_<locale>.properties}).
 */
public enum Language {
    ENGLISH(Locale.ENGLISH),
    PORTUGUESE_BRAZIL(Locale.forLanguageTag("pt-BR"));

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** How it is stored and sent: a BCP 47 tag ("en", "pt-BR"). */
    public String tag() {
        return locale.toLanguageTag();
    }

    /** The supported language with this tag, or empty for any other value (null included). */
    public static Optional<Language> ofTag(String tag) {
        return Arrays.stream(values()).filter(l -> l.tag().equals(tag)).findFirst();
    }
}
