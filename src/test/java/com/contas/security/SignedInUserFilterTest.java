package com.contas.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.CannotCreateTransactionException;

/** The filter alone, where the database misbehaves (the signed-out case: {@link SessionSecurityTest}). */
class SignedInUserFilterTest {

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void while_the_database_cannot_be_reached_the_user_stays_signed_in() throws Exception {
        UserService users = mock(UserService.class);
        when(users.sessionRole(7L, 0)).thenThrow(new CannotCreateTransactionException("Connection refused"));
        var user = new ContasUserDetails(7, "ana", "Ana", "hash", true, Role.USER, 0);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/accounts");
        MockHttpSession session = new MockHttpSession();
        request.setSession(session);
        MockFilterChain chain = new MockFilterChain();

        new SignedInUserFilter(new SignedInUserCheck(users)).doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).as("passed on").isSameAs(request);
        assertThat(session.isInvalid()).isFalse();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNotNull();
    }
}
