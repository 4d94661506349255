package com.contas.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.contas.testsupport.DbTest;
import com.contas.testsupport.MutableClock;
import com.contas.testsupport.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Signing in through the real security filter chain, as the login form posts it. */
@DbTest
class SignInTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    TestData data;

    @Autowired
    MutableClock clock;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        data.reset();
        clock.reset();
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    private MvcResult signIn(MockHttpSession session, String username, String password) throws Exception {
        return mvc.perform(post("/login")
                        .session(session)
                        .param("username", username)
                        .param("password", password))
                .andReturn();
    }

    @Test
    void a_demo_user_signs_in_and_gets_a_new_session_id() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();

        MvcResult result = signIn(session, "user", DemoUser.USER.password());

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before);
    }

    @Test
    void the_demo_admin_signs_in() throws Exception {
        MvcResult result = signIn(new MockHttpSession(), "admin", DemoUser.ADMIN.password());
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void a_wrong_password_goes_back_to_the_login_page_with_an_error() throws Exception {
        MvcResult result = signIn(new MockHttpSession(), "user", "not-the-password");
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
    }

    @Test
    void a_deactivated_user_cannot_sign_in() throws Exception {
        data.jdbc().update("update app_user set active = false where username = 'mariana'");
        try {
            MvcResult result = signIn(new MockHttpSession(), "mariana", DemoUser.SALES_1.password());
            assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        } finally {
            data.jdbc().update("update app_user set active = true where username = 'mariana'");
        }
    }

    @Test
    void a_user_name_that_failed_ten_times_goes_back_to_the_login_page_with_when_to_try_again() throws Exception {
        MockHttpSession session = new MockHttpSession();
        int failures = 0;
        for (int attempt = 0; attempt < 30; attempt++) {
            MvcResult result = signIn(session, "james", "not-the-password");
            assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
            Object refusal = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            if (refusal instanceof SignInThrottledException throttled) {
                if (throttled.locked()) {
                    break;
                }
                clock.set(throttled.retryAt()); // waits as told
            } else {
                failures++;
            }
        }

        assertThat(failures).isEqualTo(10);
        MvcResult right = signIn(session, "james", DemoUser.SALES_2.password());
        assertThat(right.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(((SignInThrottledException) session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)).retryAt())
                .isEqualTo(clock.instant().plus(java.time.Duration.ofMinutes(15)));
    }

    @Test
    void a_page_without_sign_in_redirects_to_the_login_page() throws Exception {
        MvcResult result = mvc.perform(get("/accounts")).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
    }
}
