package com.contas.security;

import java.time.Instant;
import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused without looking at the password: too many failures for this user name or from
 * this address. Spring keeps it in the session, where the login page reads when to try again.
 */
public class SignInThrottledException extends AuthenticationException {

    private static final long serialVersionUID = 1L;

    private final Instant retryAt;
    private final boolean locked;

    public SignInThrottledException(Instant retryAt, boolean locked) {
        super("Too many failed sign-ins: try again at " + retryAt);
        this.retryAt = retryAt;
        this.locked = locked;
    }

    /** When the next attempt is accepted. */
    public Instant retryAt() {
        return retryAt;
    }

    /** A lock (minutes) rather than a delay (seconds). */
    public boolean locked() {
        return locked;
    }
}
