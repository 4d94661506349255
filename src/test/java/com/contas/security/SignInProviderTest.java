package com.contas.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The sign-in itself, without Spring: what each kind of refusal costs. */
class SignInProviderTest {

    /** Counts the password comparisons: each one is a bcrypt hash, the cost that tells answers apart. */
    static final class CountingEncoder implements PasswordEncoder {

        final PasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        final AtomicInteger matches = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            matches.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    }

    final CountingEncoder encoder = new CountingEncoder();
    final String hash = encoder.encode("the-right-password");
    final UserDetailsService users = name -> switch (name) {
        case "ana" -> new ContasUserDetails(1, "ana", "Ana", hash, true, Role.USER, 0);
        case "bob" -> new ContasUserDetails(2, "bob", "Bob", hash, false, Role.USER, 0);
        default -> throw new UsernameNotFoundException("unknown user");
    };
    final SignInProvider signIn = new SignInProvider(users, encoder);

    /** How many password comparisons one refused attempt made. */
    private int comparisonsOfRefused(String username, String password) {
        int before = encoder.matches.get();
        Throwable refused = catchThrowable(
                () -> signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password)));
        assertThat(refused).as("%s refused", username).isInstanceOf(AuthenticationException.class);
        return encoder.matches.get() - before;
    }

    @Test
    void an_unknown_user_a_deactivated_user_and_a_wrong_password_cost_the_same_password_comparison() {
        comparisonsOfRefused("warm-up", "x"); // the dummy hash for unknown users is made once

        int wrongPassword = comparisonsOfRefused("ana", "a-wrong-password");
        int unknownUser = comparisonsOfRefused("nobody", "a-wrong-password");
        int deactivatedWrong = comparisonsOfRefused("bob", "a-wrong-password");
        int deactivatedRight = comparisonsOfRefused("bob", "the-right-password");

        assertThat(wrongPassword).isEqualTo(1);
        assertThat(unknownUser).as("unknown user").isEqualTo(wrongPassword);
        assertThat(deactivatedWrong).as("deactivated, wrong password").isEqualTo(wrongPassword);
        assertThat(deactivatedRight).as("deactivated, right password").isEqualTo(wrongPassword);
    }
}
