package com.contas.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.contas.testsupport.ContasTest;
import jakarta.servlet.Filter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * Every answer, open or not, carries the security headers. The request runs through the real
 * security filter chain, which writes them; behind it a bare dispatcher stands in for Vaadin's
 * servlet, which MockMvc cannot forward to. The real server and browser: the {@code *E2E} suites.
 */
@ContasTest
class SecurityHeadersTest {

    @Autowired
    ApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.standaloneSetup(new Object())
                .addFilters(context.getBean("springSecurityFilterChain", Filter.class))
                .build();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/login",
                "/accounts",
                "/admin",
                "/VAADIN/build/some-script.js",
                "/icons/icon.png",
                "/no-such-page"
            })
    void every_answer_carries_the_security_headers(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();

        assertThat(response.getHeader("Content-Security-Policy"))
                .isEqualTo("default-src 'self'; "
                        + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
                        + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
                        + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
    }
}
