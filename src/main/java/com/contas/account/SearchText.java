package com.contas.account;

import com.contas.common.SearchFolding;

/**
 * How account names are compared: the same folding as every other list
 * ({@link SearchFolding}), kept under this name for the account queries.
 */
public final class SearchText {

    public static final String FROM = SearchFolding.FROM;
    public static final String TO = SearchFolding.TO;

    private SearchText() {
    }

    public static String normalize(String text) {
        return SearchFolding.normalize(text);
    }

    public static String containsPattern(String text) {
        return SearchFolding.containsPattern(text);
    }
}
