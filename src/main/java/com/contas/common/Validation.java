package com.contas.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

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

    /**
     * A plain e-mail address, local@domain, and nothing a {@code mailto:} link could read as more:
     * letters, digits, dots (not first, last or doubled), {@code _ + -} before the @; dot-separated
     * labels of letters, digits and inner hyphens after it, ending in a top-level domain. No
     * {@code ? & % # = ;}, quotes, brackets, slashes or spaces, so no hidden copy or subject.
     */
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}_+-]+(?:\\.[\\p{L}\\p{N}_+-]+)*"
            + "@(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+(?:\\p{L}{2,63}|xn--[a-zA-Z0-9-]{1,59})");

    /** A phone number as written: digits, spaces, hyphens and parentheses, a + only in front. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]+");

    private static final int MAX_EMAIL_LOCAL_PART = 64;
    private static final int MIN_PHONE_DIGITS = 3;

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

    /**
     * Whether {@code value} is a plain e-mail address (see {@link #EMAIL}): what a {@code mailto:}
     * link may be built from. An address stored before this check that fails it is shown as text.
     */
    public static boolean isPlainEmail(String value) {
        return value != null
                && value.length() <= 254
                && EMAIL.matcher(value).matches()
                && value.indexOf('@') <= MAX_EMAIL_LOCAL_PART;
    }

    /** Whether {@code value} is a phone number as written (see {@link #PHONE}): what a {@code tel:} link may dial. */
    public static boolean isPhone(String value) {
        return value != null
                && PHONE.matcher(value).matches()
                && value.chars().filter(Character::isDigit).count() >= MIN_PHONE_DIGITS;
    }

    /** The number a {@code tel:} link dials: the digits of a {@link #isPhone phone number}, with its leading +. */
    public static String dialable(String phone) {
        return phone.replaceAll("[^0-9+]", "");
    }

    /**
     * Whether {@code value} is an absolute http or https address with a host: the only kind of web
     * link built from user text (never {@code javascript:}, {@code data:} or a relative address).
     */
    public static boolean isWebAddress(String value) {
        if (value == null || value.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            return false;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            return uri.getHost() != null && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme));
        } catch (URISyntaxException e) {
            return false;
        }
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
