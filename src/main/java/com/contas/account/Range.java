package com.contas.account;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;

/**
 * Values from {@code min} to {@code max}, both included; either end may be open (null), not both.
 * In an address it reads {@code min..max} ({@code 100..}, {@code ..2026-03-31}).
 */
public record Range<T extends Comparable<? super T> & Serializable>(T min, T max) implements Serializable {

    private static final String SEPARATOR = "..";

    public Range {
        if (min == null && max == null) {
            throw new IllegalArgumentException("A range needs at least one end");
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new IllegalArgumentException("A range's start comes after its end: " + min + " > " + max);
        }
    }

    /** The range, or empty when both ends are open; an error when the start comes after the end. */
    public static <T extends Comparable<? super T> & Serializable> Optional<Range<T>> of(T min, T max) {
        return min == null && max == null ? Optional.empty() : Optional.of(new Range<>(min, max));
    }

    public boolean contains(T value) {
        return value != null
                && (min == null || min.compareTo(value) <= 0)
                && (max == null || max.compareTo(value) >= 0);
    }

    /** {@code min..max}, an open end left empty. */
    public String text() {
        return text(min) + SEPARATOR + text(max);
    }

    /** Reads {@link #text()}; anything else (no "..", an unreadable end, start after end) is empty. */
    public static <T extends Comparable<? super T> & Serializable> Optional<Range<T>> parse(
            String text, Function<String, T> parser) {
        int at = text == null ? -1 : text.indexOf(SEPARATOR);
        if (at < 0) {
            return Optional.empty();
        }
        try {
            T min = end(text.substring(0, at), parser);
            T max = end(text.substring(at + SEPARATOR.length()), parser);
            return min != null && max != null && min.compareTo(max) > 0 ? Optional.empty() : of(min, max);
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static <T> T end(String text, Function<String, T> parser) {
        return text.isBlank() ? null : parser.apply(text.strip());
    }

    private static String text(Object end) {
        if (end == null) {
            return "";
        }
        return end instanceof BigDecimal number ? number.stripTrailingZeros().toPlainString() : end.toString();
    }
}
