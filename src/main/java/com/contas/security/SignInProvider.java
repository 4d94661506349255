package com.contas.security;

import java.util.Optional;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.SpringSecurityMessageSource;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.TransactionException;

/**
 * Signing in with a user name and a password, as the login form posts them. First the throttle
 * ({@link SignInThrottle}) decides whether the password may be compared at all: during a delay or a
 * lock the attempt is refused without a password comparison. Every other refusal costs
 * the same one password comparison (a bcrypt hash), so the time of the answer does not tell an
 * unknown user, a deactivated one and a wrong password apart: an unknown user is compared with a
 * dummy hash (Spring's own timing protection), and a deactivated user's password is compared
 * before the "deactivated" check rather than after it.
 */
class SignInProvider implements AuthenticationProvider {

    private static final MessageSourceAccessor MESSAGES = SpringSecurityMessageSource.getAccessor();

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;

    SignInProvider(UserDetailsService users, PasswordEncoder passwordEncoder, SignInThrottle throttle) {
        this.throttle = throttle;
        passwords = new DaoAuthenticationProvider(passwordEncoder);
        passwords.setUserDetailsService(users);
        // Spring checks "disabled" before the password: that refusal would skip the hash.
        passwords.setPreAuthenticationChecks(user -> {});
        passwords.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException(
                        MESSAGES.getMessage("AccountStatusUserDetailsChecker.disabled", "User is disabled"));
            }
        });
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String address =
                authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        Optional<SignInThrottledException> refused;
        try {
            refused = throttle.acquire(username, address);
        } catch (DataAccessException | TransactionException e) {
            throw new InternalAuthenticationServiceException("The sign-in throttle cannot be read", e);
        }
        if (refused.isPresent()) {
            throw refused.get();
        }
        Authentication signedIn = passwords.authenticate(authentication);
        throttle.succeeded(username, address);
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
