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
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
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

    @Autowired
    UserAdminService admins;

    private MockHttpSession signedInSession() throws Exception {
        return signedInSession(DemoUser.USER);
    }

    private MockHttpSession signedInSession(DemoUser user) throws Exception {
        MvcResult result = mvc.perform(
                        post("/login").param("username", user.username()).param("password", user.password()))
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
            int epoch = users.changeOwnPassword(
                    me, DemoUser.USER.password(), "Chega-de-Saudade-1959", "Chega-de-Saudade-1959");
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

    /** An admin-only service behind the real security filter chain, as a request of the signed-in user. */
    @Controller
    static class AdminProbe {

        private final UserAdminService admins;

        AdminProbe(UserAdminService admins) {
            this.admins = admins;
        }

        @GetMapping("/probe")
        @ResponseBody
        String probe() {
            return "users: " + admins.count(UserFilter.ALL);
        }
    }

    /** The status of a request to the admin probe through the security filter chain. */
    private int probe(MockHttpSession session) throws Exception {
        return MockMvcBuilders.standaloneSetup(new AdminProbe(admins))
                .addFilters(context.getBean("springSecurityFilterChain", Filter.class))
                .build()
                .perform(get("/probe").session(session))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    /** Changes a user's role as an admin would, from another session. */
    private void changeRole(DemoUser admin, DemoUser user, Role role) {
        data.signIn(admin);
        admins.update(data.userId(user), version(user), user.displayName(), null, role);
        SecurityContextHolder.clearContext();
    }

    private long version(DemoUser user) {
        return data.jdbc()
                .queryForObject("select version from app_user where username = ?", Long.class, user.username());
    }

    @Test
    void an_admin_demoted_while_signed_in_makes_the_next_request_as_a_user() throws Exception {
        MockHttpSession session = signedInSession(DemoUser.ADMIN);
        assertThat(probe(session)).as("an admin's request").isEqualTo(200);

        // Another admin demotes them (the last admin cannot be demoted, so there is a second one).
        data.jdbc().update("update app_user set role = 'ADMIN' where username = ?", DemoUser.USER.username());
        changeRole(DemoUser.USER, DemoUser.ADMIN, Role.USER);

        assertThat(probe(session)).as("refused at the admin service").isEqualTo(403);
        assertThat(session.isInvalid()).as("still signed in, as a user").isFalse();
        SecurityContext stored = (SecurityContext)
                session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(stored.getAuthentication().getAuthorities())
                .as("what Vaadin reads from the session from now on")
                .extracting(a -> a.getAuthority())
                .containsExactly(Role.USER.authority());
    }

    @Test
    void a_user_promoted_while_signed_in_makes_the_next_request_as_an_admin() throws Exception {
        MockHttpSession session = signedInSession(DemoUser.USER);
        assertThat(probe(session)).isEqualTo(403);

        changeRole(DemoUser.ADMIN, DemoUser.USER, Role.ADMIN);

        assertThat(probe(session)).isEqualTo(200);
    }

    @Test
    void a_password_reset_by_an_admin_signs_that_user_out_of_every_session() throws Exception {
        MockHttpSession one = signedInSession(DemoUser.USER);
        MockHttpSession two = signedInSession(DemoUser.USER);
        MockHttpSession adminSession = signedInSession(DemoUser.ADMIN);
        MockMvc chainOnly = MockMvcBuilders.standaloneSetup(new Object())
                .addFilters(context.getBean("springSecurityFilterChain", Filter.class))
                .build();

        data.signIn(DemoUser.ADMIN);
        admins.resetPassword(data.userId(DemoUser.USER), version(DemoUser.USER), "Rosa-de-Saron-1911");
        SecurityContextHolder.clearContext();

        assertThat(chainOnly
                        .perform(get("/accounts").session(one))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .endsWith("/login");
        assertThat(chainOnly
                        .perform(get("/accounts").session(two))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .endsWith("/login");
        assertThat(one.isInvalid()).isTrue();
        assertThat(two.isInvalid()).isTrue();
        assertThat(status(chainOnly, adminSession))
                .as("the admin's own session goes on")
                .isEqualTo(404);
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
