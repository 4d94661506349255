package com.contas.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application as production runs it: a real web server on a random port and the
 * {@code postgres} profile's pool and driver settings (pool size, statement timeout), on a fresh
 * PostgreSQL database of its own. The {@code test} profile on top only adds the demo users (to
 * sign in over HTTP) and a quiet log. The profile's Secure session cookie is turned off here only:
 * these tests speak plain HTTP to 127.0.0.1 (production sits behind TLS), and a client keeps a Secure
 * cookie to itself over HTTP. Runs in the PostgreSQL suite only; the classes that use it share one
 * context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.servlet.session.cookie.secure=false")
@ActiveProfiles({"postgres", "test"})
@ContextConfiguration(initializers = TestDatabase.class)
@Import({TestConfig.class, OpenSessions.class})
@Tag("pgonly")
public @interface PostgresProfileApp {}
