package com.contas.security;

import com.contas.common.Validation;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import me.gosimple.nbvcxz.resources.DictionaryUtil;

/**
 * What a password typed by a person must be, wherever one is set (an admin's new user or reset,
 * "My account", the first admin from the environment): at least {@value #MIN_LENGTH} characters
 * (counted as characters, not UTF-16 units), at most {@value #MAX_BYTES} bytes in UTF-8 (all that
 * bcrypt reads, and more makes it throw), not one of the 100,000 most common passwords, and not
 * guessable in under 10<sup>{@value #MIN_GUESSES_LOG10}</sup> guesses as nbvcxz estimates them
 * (dictionaries of words and names, keyboard patterns, repeats, sequences, dates, the user's own
 * names). The demo users' short passwords are not typed: they are created around the policy.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;
    /** zxcvbn's strongest score starts here: enough against an offline attack on the bcrypt hashes. */
    static final int MIN_GUESSES_LOG10 = 10;

    private static final BigDecimal MIN_GUESSES = BigDecimal.TEN.pow(MIN_GUESSES_LOG10);

    private PasswordPolicy() {}

    /**
     * Adds at most one problem for {@code field}: the first rule the password breaks.
     *
     * @param personalWords what the user is called (username, display name, e-mail): a password
     *     made of them is easy to guess
     */
    static void check(Validation v, String field, String password, Collection<String> personalWords) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            v.add(field, "validation.passwordTooShort", MIN_LENGTH);
        } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            // bcrypt reads 72 bytes; an accented letter takes two of them
            v.add(field, "validation.password.tooManyBytes", MAX_BYTES);
        } else if (Estimator.COMMON.containsKey(password.toLowerCase(Locale.ROOT))) {
            v.add(field, "validation.password.common");
        } else if (Estimator.guesses(password, personalWords).compareTo(MIN_GUESSES) < 0) {
            v.add(field, "validation.password.guessable");
        }
    }

    /** nbvcxz's dictionaries load once (about a second and 20 MB), when a password is first checked. */
    private static final class Estimator {

        static final List<Dictionary> DICTIONARIES = ConfigurationBuilder.getDefaultDictionaries();
        static final Map<String, Integer> COMMON = DICTIONARIES.stream()
                .filter(d -> d.getDictionaryName().equals("passwords"))
                .findFirst()
                .map(Dictionary::getDictonary)
                .orElseGet(() -> DictionaryUtil.loadRankedDictionary(DictionaryUtil.passwords));

        static BigDecimal guesses(String password, Collection<String> personalWords) {
            DictionaryBuilder personal =
                    new DictionaryBuilder().setDictionaryName("personal").setExclusion(true);
            personal.addWord("contas", 0);
            personalWords.stream()
                    .filter(Objects::nonNull)
                    .flatMap(words ->
                            Arrays.stream(words.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")))
                    .filter(word -> word.length() >= 3)
                    .forEach(word -> personal.addWord(word, 0));
            List<Dictionary> dictionaries = new ArrayList<>(DICTIONARIES);
            dictionaries.add(personal.createDictionary());
            Nbvcxz nbvcxz = new Nbvcxz(
                    new ConfigurationBuilder().setDictionaries(dictionaries).createConfiguration());
            return nbvcxz.estimate(password).getGuesses();
        }
    }
}
