package com.contas.common;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

public final class Ids {

    /** At most this many digits name a row: 18 digits always fit a {@code long}, and ids stay far below. */
    public static final int MAX_DIGITS = 18;

    private Ids() {}

    /**
     * An id as written in an address ({@code /accounts/42}, {@code ?view=7}): 1 to {@link
     * #MAX_DIGITS} ASCII digits. Anything else (a sign, spaces, other scripts' digits, a number too
     * large for a {@code long}) names nothing, and nothing is thrown.
     */
    public static Optional<Long> parse(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_DIGITS) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return Optional.empty();
            }
        }
        return Optional.of(Long.parseLong(text));
    }

    /** The distinct non-null ids among {@code ids}. */
    public static Set<Long> of(Long... ids) {
        return Arrays.stream(ids).filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
    }

    /** The distinct non-null ids among {@code some} and {@code another}. */
    public static Set<Long> of(Long[] some, Long another) {
        Long[] all = Arrays.copyOf(some, some.length + 1);
        all[some.length] = another;
        return of(all);
    }
}
