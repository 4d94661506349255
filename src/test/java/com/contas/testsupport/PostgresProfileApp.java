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
 * sign in over HTTP) and a quiet log. Runs in the PostgreSQL suite only; the classes that use it
 * share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "test"})
@ContextConfiguration(initializers = TestDatabase.class)
@Import({TestConfig.class, OpenSessions.class})
@Tag("pgonly")
public @interface PostgresProfileApp {}
