package com.contas.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.contas.testsupport.DbTest;
import com.contas.testsupport.MutableClock;
import com.contas.testsupport.TestData;
import java.time.Duration;
import java.time.Instant;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Sign-in throttling through the application's own authentication manager (the one the login form
 * posts to), on the shared database table, with the clock moved by hand.
 */
@DbTest
class SignInThrottleTest {

    static final String HOME = "203.0.113.7";
    static final String ELSEWHERE = "198.51.100.20";

    @Autowired
    AuthenticationConfiguration authentication;

    @Autowired
    TestData data;

    @Autowired
    MutableClock clock;

    @Autowired
    SignInThrottle throttle;

    @Autowired
    UserAdminService admins;

    @BeforeEach
    void setUp() {
        data.reset();
        clock.reset();
    }

    private Throwable attempt(String username, String password, String address) {
        UsernamePasswordAuthenticationToken token =
                UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return catchThrowable(() -> {
            Authentication signedIn = authentication.getAuthenticationManager().authenticate(token);
            assertThat(signedIn.isAuthenticated()).isTrue();
        });
    }

    private Throwable wrong(String username, String address) {
        return attempt(username, "not-the-password", address);
    }

    private void later(Duration duration) {
        clock.set(clock.instant().plus(duration));
    }

    private static Instant retryAt(Throwable refused) {
        assertThat(refused).isInstanceOf(SignInThrottledException.class);
        return ((SignInThrottledException) refused).retryAt();
    }

    @Test
    void
            three_failures_are_free_then_each_waits_twice_as_long_up_to_thirty_seconds_and_the_tenth_locks_fifteen_minutes() {
        String name = DemoUser.SALES_1.username();
        for (int i = 0; i < 2; i++) {
            assertThat(wrong(name, HOME)).isInstanceOf(BadCredentialsException.class);
        }
        long[] waits = {1, 2, 4, 8, 16, 30, 30};
        for (long wait : waits) {
            assertThat(wrong(name, HOME)).isInstanceOf(BadCredentialsException.class);
            Throwable refused = wrong(name, HOME);
            assertThat(retryAt(refused))
                    .as("after a failure")
                    .isEqualTo(clock.instant().plusSeconds(wait));
            assertThat(((SignInThrottledException) refused).locked()).isFalse();
            later(Duration.ofSeconds(wait));
        }
        assertThat(wrong(name, HOME)).as("the tenth failure").isInstanceOf(BadCredentialsException.class);

        Throwable locked = attempt(name, DemoUser.SALES_1.password(), ELSEWHERE);

        assertThat(retryAt(locked))
                .as("even the right password, from anywhere")
                .isEqualTo(clock.instant().plus(Duration.ofMinutes(15)));
        assertThat(((SignInThrottledException) locked).locked()).isTrue();
        later(Duration.ofMinutes(15));
        assertThat(attempt(name, DemoUser.SALES_1.password(), HOME))
                .as("the lock ends by itself")
                .isNull();
        assertThat(wrong(name, HOME)).as("and the count starts again").isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void failures_are_forgotten_one_every_three_minutes() {
        String name = DemoUser.SALES_2.username();
        for (int i = 0; i < 3; i++) {
            wrong(name, HOME);
        }
        assertThat(wrong(name, HOME)).isInstanceOf(SignInThrottledException.class);

        later(Duration.ofMinutes(6));

        assertThat(wrong(name, HOME)).as("two of three failures forgotten").isInstanceOf(BadCredentialsException.class);
        assertThat(wrong(name, HOME)).isInstanceOf(BadCredentialsException.class);
        assertThat(wrong(name, HOME)).isInstanceOf(SignInThrottledException.class);
    }

    @Test
    void a_success_clears_the_user_names_failures() {
        String name = DemoUser.SALES_3.username();
        wrong(name, HOME);
        wrong(name, HOME);
        assertThat(attempt(name, DemoUser.SALES_3.password(), HOME)).isNull();
        wrong(name, HOME);
        wrong(name, HOME);
        assertThat(wrong(name, HOME)).as("three free failures again").isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void one_address_trying_many_names_is_slowed_after_ten_failures_then_locked_and_other_addresses_are_not() {
        for (int i = 1; i <= 10; i++) {
            assertThat(wrong("guess" + i, HOME)).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(retryAt(wrong("guess11", HOME)))
                .as("the address waits")
                .isEqualTo(clock.instant().plusSeconds(1));

        int failures = 10 + failUntilLocked(i -> "guess" + i, i -> HOME);

        assertThat(failures).as("failures from the address until it is locked").isBetween(30, 32);
        Throwable locked = attempt(DemoUser.USER.username(), DemoUser.USER.password(), HOME);
        assertThat(((SignInThrottledException) locked).locked()).isTrue();
        assertThat(retryAt(locked)).isEqualTo(clock.instant().plus(Duration.ofMinutes(15)));
        assertThat(attempt(DemoUser.USER.username(), DemoUser.USER.password(), ELSEWHERE))
                .as("the same user from elsewhere")
                .isNull();
    }

    /**
     * Fails with the i-th name from the i-th address, waiting each time as long as told, until an
     * attempt is refused with a lock; returns how many failed.
     */
    private int failUntilLocked(IntFunction<String> name, IntFunction<String> address) {
        int failures = 0;
        for (int i = 1; i < 100; i++) {
            Throwable outcome = wrong(name.apply(i), address.apply(i));
            if (outcome instanceof SignInThrottledException throttled) {
                if (throttled.locked()) {
                    return failures;
                }
                clock.set(throttled.retryAt());
                outcome = wrong(name.apply(i), address.apply(i));
            }
            assertThat(outcome).isInstanceOf(BadCredentialsException.class);
            failures++;
        }
        throw new AssertionError("never locked");
    }

    @Test
    void an_admin_unlocks_a_locked_user_at_once() {
        String name = DemoUser.SALES_1.username();
        lock(name);
        assertThat(attempt(name, DemoUser.SALES_1.password(), HOME)).isInstanceOf(SignInThrottledException.class);

        data.signIn(DemoUser.ADMIN);
        admins.unlockSignIn(data.userId(DemoUser.SALES_1));

        assertThat(attempt(name, DemoUser.SALES_1.password(), HOME)).isNull();
    }

    @Test
    void an_unknown_name_is_throttled_like_a_known_one() {
        lock("nobody-here");
        assertThat(retryAt(wrong("nobody-here", ELSEWHERE)))
                .isEqualTo(clock.instant().plus(Duration.ofMinutes(15)));
    }

    @Test
    void rows_untouched_for_a_day_are_purged_and_recent_ones_kept() {
        wrong("old-guess", HOME);
        later(Duration.ofHours(25));
        wrong("new-guess", ELSEWHERE);

        throttle.purge();

        assertThat(data.jdbc()
                        .queryForList("select throttle_key from sign_in_throttle order by throttle_key", String.class))
                .containsExactly("address:" + ELSEWHERE, "user:new-guess");
    }

    @Test
    void an_ipv6_client_is_counted_by_its_64_bit_prefix() {
        assertThat(SignInThrottle.addressKey("2001:db8:1:2:aaaa::1"))
                .isEqualTo(SignInThrottle.addressKey("[2001:0db8:0001:0002:ffff:eeee:dddd:cccc]"))
                .isEqualTo("address:2001:db8:1:2::/64");
        assertThat(SignInThrottle.addressKey("203.0.113.7")).isEqualTo("address:203.0.113.7");
    }

    @Test
    void user_names_are_throttled_whatever_their_case_and_spaces() {
        lock(DemoUser.SALES_2.username());
        assertThat(wrong("  " + DemoUser.SALES_2.username().toUpperCase() + " ", ELSEWHERE))
                .isInstanceOf(SignInThrottledException.class);
    }

    /** Failures from addresses of their own, each waiting as told, until the name is locked. */
    private void lock(String name) {
        assertThat(failUntilLocked(i -> name, i -> "192.0.2." + i)).isEqualTo(10);
    }
}
