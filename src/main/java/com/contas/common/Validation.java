package com.contas.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem of one command before anything is written, so that the user sees all
 * of them at once, next to their fields. Text is trimmed; control characters are refused.
 */
public final class Validation {

    /** Dates outside this range are typing mistakes, not plans. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);

    public static final LocalDate LATEST_DATE = LocalDate.of(2199, 12, 31);
    /** A value beyond this is a typo (a trillion in any currency). */
    public static final BigDecimal MAX_MONEY = new BigDecimal("999999999999.99");

    private final List<FieldProblem> problems = new ArrayList<>();

    public static Validation start() {
        return new Validation();
    }

    /** A required single-line text: trimmed, not blank, at most {@code max} characters. */
    public String requiredText(String field, String value, int max) {
        String text = optionalText(field, value, max);
        if (text == null) {
            add(field, "validation.required");
        }
        return text;
    }

    /** An optional single-line text: trimmed, blank becomes null. */
    public String optionalText(String field, String value, int max) {
        return text(field, value, max, false);
    }

    /** Multi-line text (notes): line breaks and tabs are kept. */
    public String optionalMultiline(String field, String value, int max) {
        return text(field, value, max, true);
    }

    public String requiredMultiline(String field, String value, int max) {
        String text = optionalMultiline(field, value, max);
        if (text == null) {
            add(field, "validation.required");
        }
        return text;
    }

    private String text(String field, String value, int max, boolean multiline) {
        if (value == null) {
            return null;
        }
        String text = stripInvisible(value);
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > max) {
            add(field, "validation.tooLong", max);
            return text;
        }
        if (hasControlCharacters(text, multiline)) {
            add(field, "validation.controlCharacters");
        }
        return text;
    }

    /**
     * Control characters, and the bidirectional overrides and isolates that make text read in
     * another order than it is stored ("invoice\u202Efdp.exe"). Right-to-left letters are fine.
     */
    public static boolean hasControlCharacters(String text, boolean allowLineBreaks) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (allowLineBreaks && (c == '\n' || c == '\r' || c == '\t')) {
                continue;
            }
            if (Character.isISOControl(c) || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
                return true;
            }
        }
        return false;
    }

    /** Zero-width characters that show nothing at either end count as white space. */
    private static boolean invisible(char c) {
        return Character.isWhitespace(c)
                || Character.isSpaceChar(c)
                || c == '\u200B'
                || c == '\u200C'
                || c == '\u200D'
                || c == '\u2060'
                || c == '\uFEFF';
    }

    static String stripInvisible(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && invisible(value.charAt(start))) {
            start++;
        }
        while (end > start && invisible(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(start, end);
    }

    public <T> T required(String field, T value) {
        if (value == null) {
            add(field, "validation.required");
        }
        return value;
    }

    /** Money: required, not negative, at most two decimals, not absurdly large. */
    public BigDecimal money(String field, BigDecimal value) {
        if (value == null) {
            add(field, "validation.required");
            return null;
        }
        if (value.signum() < 0) {
            add(field, "validation.negative");
        } else if (value.compareTo(MAX_MONEY) > 0) {
            add(field, "validation.tooLarge", MAX_MONEY.toPlainString());
        } else if (value.stripTrailingZeros().scale() > 2) {
            add(field, "validation.tooManyDecimals", 2);
        } else {
            return value.setScale(2, RoundingMode.UNNECESSARY);
        }
        return value;
    }

    public LocalDate date(String field, LocalDate value, boolean required) {
        if (value == null) {
            if (required) {
                add(field, "validation.required");
            }
            return null;
        }
        if (value.isBefore(EARLIEST_DATE) || value.isAfter(LATEST_DATE)) {
            add(field, "validation.dateOutOfRange", EARLIEST_DATE.toString(), LATEST_DATE.toString());
        }
        return value;
    }

    public Integer range(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            add(field, "validation.outOfRange", min, max);
        }
        return value;
    }

    public Validation check(boolean condition, String field, String messageKey, Object... args) {
        if (!condition) {
            add(field, messageKey, args);
        }
        return this;
    }

    public Validation add(String field, String messageKey, Object... args) {
        problems.add(new FieldProblem(field, messageKey, args));
        return this;
    }

    public boolean hasProblem(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    /** Throws when anything was wrong; call before the first write. */
    public void throwIfInvalid() {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }
}
