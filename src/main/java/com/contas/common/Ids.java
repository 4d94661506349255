package com.contas.common;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

public final class Ids {

    private Ids() {}

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
