package com.contas.common;

import java.util.Locale;

/**
 * How names are compared: lower case with accents removed, so that "sao" finds "São Paulo
 * Ltda". The database computes the same with {@code lower(translate(name, FROM, TO))} (portable
 * to H2 and PostgreSQL, unlike {@code unaccent}); this class computes it for what the user types.
 */
public final class SearchFolding {

    /** Accented letters, each replaced by the letter at the same position of {@link #TO}. */
    public static final String FROM =
            "ÀÁÂÃÄÅĀĂĄàáâãäåāăąÇĆĈĊČçćĉċčĎĐďđÈÉÊËĒĔĖĘĚèéêëēĕėęěĜĞĠĢĝğġģĤĦĥħÌÍÎÏĨĪĬĮİìíîïĩīĭįıĴĵĶķĹĻĽĿŁĺļľŀłÑŃŅŇñńņňÒÓÔÕÖØŌŎŐòóôõöøōŏőŔŖŘŕŗřŚŜŞŠśŝşšŢŤŦţťŧÙÚÛÜŨŪŬŮŰŲùúûüũūŭůűųŴŵÝŸŶýÿŷŹŻŽźżžÆæŒœßÐðÞþ";

    public static final String TO =
            "AAAAAAAAAaaaaaaaaaCCCCCcccccDDddEEEEEEEEEeeeeeeeeeGGGGggggHHhhIIIIIIIIIiiiiiiiiiJjKkLLLLLlllllNNNNnnnnOOOOOOOOOoooooooooRRRrrrSSSSssssTTTtttUUUUUUUUUUuuuuuuuuuuWwYYYyyyZZZzzzAaOosDdTt";

    /** The shortest text the lists search for; shorter text shows the unfiltered list. */
    public static final int MIN_LENGTH = 2;

    private SearchFolding() {}

    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder result = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int at = FROM.indexOf(c);
            result.append(at >= 0 ? TO.charAt(at) : c);
        }
        return result.toString().toLowerCase(Locale.ROOT);
    }

    /** Whether {@code text} is long enough to search for (blank and one letter are not). */
    public static boolean isSearch(String text) {
        return text != null && normalize(text).strip().length() >= MIN_LENGTH;
    }

    /** A LIKE pattern that finds {@code text} anywhere, with LIKE's wildcards taken literally. */
    public static String containsPattern(String text) {
        return likePattern(normalize(text));
    }

    /**
     * A LIKE pattern (escape character {@code \}) that finds {@code text} as it is anywhere, with
     * LIKE's wildcards taken literally.
     */
    public static String likePattern(String text) {
        String escaped = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
