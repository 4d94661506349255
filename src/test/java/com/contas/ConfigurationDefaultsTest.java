package com.contas;

import static org.assertj.core.api.Assertions.assertThat;

import com.contas.common.DemoMode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.boot.web.server.Cookie.SameSite;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * What the shipped property files mean for an operator, read as Spring Boot reads them (a
 * profile's file over the common one, the operator's settings over both): demo users and demo data
 * only where the demo is meant to run, and the session cookie's flags.
 */
class ConfigurationDefaultsTest {

    static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/contas";

    /** The environment of a start with these profiles and these settings of the operator. */
    private static StandardEnvironment start(List<String> profiles, Map<String, Object> settings) {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new SystemEnvironmentPropertySource("operator", settings));
        List<String> files = new ArrayList<>();
        files.add("application.properties");
        profiles.forEach(profile -> files.add("application-" + profile + ".properties"));
        Collections.reverse(files); // the last profile wins, the common file loses
        for (String file : files) {
            try {
                for (PropertySource<?> source :
                        new PropertiesPropertySourceLoader().load(file, new ClassPathResource(file))) {
                    env.getPropertySources().addLast(source);
                }
            } catch (IOException e) {
                throw new IllegalStateException(file, e);
            }
        }
        return env;
    }

    @Test
    void the_default_start_on_its_h2_database_has_demo_users_and_demo_data() {
        DemoMode demo = DemoMode.of(start(List.of(), Map.of()));
        assertThat(demo.users()).isTrue();
        assertThat(demo.data()).isTrue();
    }

    @Test
    void pointing_the_default_start_at_postgresql_creates_no_demo_users_and_no_demo_data() {
        DemoMode demo = DemoMode.of(start(List.of(), Map.of("spring.datasource.url", POSTGRES_URL)));
        assertThat(demo.users()).as("no admin/admin123 on a real database").isFalse();
        assertThat(demo.data()).isFalse();
    }

    @Test
    void the_postgres_profile_has_no_demo_and_an_explicit_setting_turns_it_on() {
        assertThat(DemoMode.of(start(List.of("postgres"), Map.of("DB_URL", POSTGRES_URL)))
                        .users())
                .isFalse();
        DemoMode asked = DemoMode.of(start(
                List.of(),
                Map.of(
                        "spring.datasource.url",
                        POSTGRES_URL,
                        "contas.security.demo-users",
                        "true",
                        "contas.demo.enabled",
                        "true")));
        assertThat(asked.users()).isTrue();
        assertThat(asked.data()).isTrue();
    }

    private static ServerProperties server(StandardEnvironment env) {
        return Binder.get(env).bind("server", ServerProperties.class).orElseGet(ServerProperties::new);
    }

    @Test
    void the_session_cookie_is_same_site_lax_everywhere_and_secure_with_the_postgres_profile() {
        ServerProperties demo = server(start(List.of(), Map.of()));
        assertThat(demo.getServlet().getSession().getCookie().getSameSite()).isEqualTo(SameSite.LAX);
        assertThat(demo.getServlet().getSession().getCookie().getSecure())
                .as("plain HTTP on localhost keeps working; Tomcat marks it Secure on HTTPS by itself")
                .isNotEqualTo(Boolean.TRUE);
        assertThat(demo.getForwardHeadersStrategy()).isEqualTo(ServerProperties.ForwardHeadersStrategy.NONE);

        ServerProperties production = server(start(List.of("postgres"), Map.of("DB_URL", POSTGRES_URL)));
        assertThat(production.getServlet().getSession().getCookie().getSecure()).isTrue();
        assertThat(production.getServlet().getSession().getCookie().getSameSite())
                .isEqualTo(SameSite.LAX);
        assertThat(production.getServlet().getSession().getCookie().getHttpOnly())
                .isNotEqualTo(Boolean.FALSE);
    }

    @Test
    void an_operator_behind_a_tls_proxy_sets_the_forward_headers_and_may_turn_secure_off_for_plain_http() {
        ServerProperties proxied = server(start(
                List.of("postgres"),
                Map.of(
                        "DB_URL",
                        POSTGRES_URL,
                        "SERVER_FORWARD_HEADERS_STRATEGY",
                        "native",
                        "server.servlet.session.cookie.secure",
                        "false")));
        assertThat(proxied.getForwardHeadersStrategy()).isEqualTo(ServerProperties.ForwardHeadersStrategy.NATIVE);
        assertThat(proxied.getServlet().getSession().getCookie().getSecure()).isFalse();
    }
}
