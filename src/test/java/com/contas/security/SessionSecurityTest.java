package com.contas.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.contas.testsupport.ContasTest;
import com.contas.testsupport.MockUi;
import com.contas.testsupport.TestData;
import com.vaadin.flow.server.VaadinService;
import jakarta.servlet.Filter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Sessions through the real filter chain: sign-out ends the session; a request that is not Vaadin's
 * own needs Spring's CSRF token, and Vaadin's own requests need Vaadin's. (The new session id at
 * sign-in: {@link SignInTest}.)
 */
@ContasTest
class SessionSecurityTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    TestData data;

    @Autowired
    UserService users;

    @Autowired
    CurrentUser currentUser;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        data.reset();
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    private MockHttpSession signedInSession() throws Exception {
        MvcResult result = mvc.perform(post("/login")
                        .param("username", DemoUser.USER.username())
                        .param("password", DemoUser.USER.password()))
                .andReturn();
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
        assertThat(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY))
                .as("signed in")
                .isNotNull();
        return session;
    }

    @Test
    void signing_out_invalidates_the_session_and_leads_to_the_start_page() throws Exception {
        MockHttpSession session = signedInSession();

        MvcResult result =
                mvc.perform(post("/logout").session(session).with(csrf())).andReturn();

        assertThat(session.isInvalid()).isTrue();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void a_user_deactivated_while_signed_in_is_signed_out_at_the_next_request() throws Exception {
        MockHttpSession session = signedInSession();
        MockMvc chainOnly = MockMvcBuilders.standaloneSetup(new Object())
                .addFilters(context.getBean("springSecurityFilterChain", Filter.class))
                .build();
        assertThat(chainOnly
                        .perform(get("/accounts").session(session))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("still active: past security, to the (bare) dispatcher")
                .isEqualTo(404);

        data.jdbc().update("update app_user set active = false where username = ?", DemoUser.USER.username());
        MvcResult result = chainOnly.perform(get("/accounts").session(session)).andReturn();

        assertThat(session.isInvalid()).isTrue();
        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
    }

    private int status(MockMvc chainOnly, MockHttpSession session) throws Exception {
        return chainOnly
                .perform(get("/accounts").session(session))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    @Test
    void changing_ones_password_ends_the_other_sessions_and_keeps_this_one() throws Exception {
        MockHttpSession here = signedInSession();
        MockHttpSession elsewhere = signedInSession();
        MockMvc chainOnly = MockMvcBuilders.standaloneSetup(new Object())
                .addFilters(context.getBean("springSecurityFilterChain", Filter.class))
                .build();
        assertThat(status(chainOnly, elsewhere)).as("signed in").isEqualTo(404);

        // What "My account" does, in the request of the session that asks.
        SecurityContext signedIn =
                (SecurityContext) here.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setSession(here);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        SecurityContextHolder.setContext(signedIn);
        try {
            long me = data.userId(DemoUser.USER);
            int epoch =
                    users.changeOwnPassword(me, DemoUser.USER.password(), "a brand new secret", "a brand new secret");
            currentUser.keepSessionAfterPasswordChange(epoch);
        } finally {
            SecurityContextHolder.clearContext();
            RequestContextHolder.resetRequestAttributes();
        }

        assertThat(status(chainOnly, here)).as("this session goes on").isEqualTo(404);
        MvcResult other = chainOnly.perform(get("/accounts").session(elsewhere)).andReturn();
        assertThat(elsewhere.isInvalid()).as("the other one ends").isTrue();
        assertThat(other.getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(mvc.perform(post("/login")
                                .param("username", DemoUser.USER.username())
                                .param("password", DemoUser.USER.password()))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .as("the old password no longer signs in")
                .contains("error");
    }

    @Test
    void a_session_signed_in_before_a_password_or_role_change_ends_at_its_next_request() throws Exception {
        MockHttpSession session = signedInSession();
        MockMvc chainOnly = MockMvcBuilders.standaloneSetup(new Object())
                .addFilters(context.getBean("springSecurityFilterChain", Filter.class))
                .build();
        data.jdbc()
                .update(
                        "update app_user set session_epoch = session_epoch + 1 where username = ?",
                        DemoUser.USER.username());

        chainOnly.perform(get("/accounts").session(session)).andReturn();

        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void vaadin_keeps_checking_its_own_csrf_token() {
        MockUi.setUp(context);
        try {
            assertThat(VaadinService.getCurrent().getDeploymentConfiguration().isXsrfProtectionEnabled())
                    .isTrue();
        } finally {
            MockUi.tearDown();
        }
    }

    @Test
    void a_post_without_the_csrf_token_is_refused_and_keeps_the_session() throws Exception {
        MockHttpSession session = signedInSession();

        MvcResult result = mvc.perform(post("/logout").session(session)).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(403);
        assertThat(session.isInvalid()).isFalse();
    }
}
