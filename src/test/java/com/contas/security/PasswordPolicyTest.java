package com.contas.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.contas.common.FieldProblem;
import com.contas.common.Validation;
import com.contas.common.ValidationException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a password typed by a person must be (demo users are not typed: see InitialUsers). */
class PasswordPolicyTest {

    private static Optional<String> problem(String password, String... personalWords) {
        Validation v = Validation.start();
        PasswordPolicy.check(v, "password", password, List.of(personalWords));
        try {
            v.throwIfInvalid();
            return Optional.empty();
        } catch (ValidationException refused) {
            return refused.problems().stream().map(FieldProblem::messageKey).findFirst();
        }
    }

    @Test
    void eleven_characters_are_too_short_and_twelve_are_enough() {
        assertThat(problem("kT9#mv2!pLq")).contains("validation.passwordTooShort");
        assertThat(problem("kT9#mv2!pLq4")).isEmpty();
    }

    @Test
    void length_counts_characters_not_utf16_units() {
        // Six emoji are twelve UTF-16 units but six characters.
        assertThat(problem("🌵🎲🦜🧭🪁🫖")).contains("validation.passwordTooShort");
    }

    @Test
    void one_of_the_most_common_passwords_is_refused_whatever_its_case() {
        assertThat(problem("password1234")).contains("validation.password.common");
        assertThat(problem("QWERTY123456")).contains("validation.password.common");
    }

    @Test
    void a_pattern_or_the_users_own_name_is_too_easy_to_guess() {
        assertThat(problem("k7k7k7k7k7k7k7")).contains("validation.password.guessable");
        assertThat(problem("123456789012")).isPresent();
        assertThat(problem("beatriz-almeida-1990", "beatriz", "Beatriz Almeida"))
                .contains("validation.password.guessable");
    }

    @Test
    void seventy_three_bytes_are_too_long_and_seventy_two_are_not() {
        String seventyTwo = "kT9#mv2!pLq4" + "x".repeat(60);
        assertThat(problem(seventyTwo)).isEmpty();
        assertThat(problem(seventyTwo + "y")).contains("validation.password.tooManyBytes");
    }

    @Test
    void forty_accented_letters_are_too_long_as_bcrypt_counts_bytes() {
        assertThat(problem("é".repeat(40))).contains("validation.password.tooManyBytes");
    }

    @Test
    void a_few_unrelated_words_make_a_good_password() {
        assertThat(problem("Rosa-de-Saron-1911")).isEmpty();
        assertThat(problem("pão de queijo 2026")).isEmpty();
    }
}
