package com.contas.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

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
    final SignInThrottle throttle = mock(SignInThrottle.class);
    final SignInProvider signIn = new SignInProvider(users, encoder, throttle);

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

    @Test
    void an_attempt_refused_by_the_throttle_compares_no_password_even_the_right_one() {
        java.time.Instant later = java.time.Instant.parse("2026-03-11T15:15:00Z");
        when(throttle.acquire(any(), any()))
                .thenReturn(java.util.Optional.of(new SignInThrottledException(later, true)));
        int before = encoder.matches.get();

        Throwable refused = catchThrowable(() ->
                signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("ana", "the-right-password")));

        assertThat(refused).isInstanceOf(SignInThrottledException.class);
        assertThat(encoder.matches.get() - before).isZero();
    }
}
