package com.contas.common;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether this start is a demo: the demo users (listed with their passwords on the login page) and
 * the demo data. {@code contas.security.demo-users} and {@code contas.demo.enabled} decide when set;
 * unset, each is on only with an H2 database (the default {@code ./mvnw spring-boot:run} and the
 * tests), so that pointing the application at PostgreSQL without the {@code postgres} profile
 * never creates {@code admin/admin123} nor fills a real database with made-up companies.
 */
@Component
public class DemoMode {

    private final boolean users;
    private final boolean data;

    @Autowired
    DemoMode(Environment env) {
        this(
                env.getProperty("contas.security.demo-users", Boolean.class, isH2(env)),
                env.getProperty("contas.demo.enabled", Boolean.class, isH2(env)));
    }

    public DemoMode(boolean users, boolean data) {
        this.users = users;
        this.data = data;
    }

    public static DemoMode of(Environment env) {
        return new DemoMode(env);
    }

    private static boolean isH2(Environment env) {
        return env.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:");
    }

    /** Demo users on an empty database, listed on the login page. */
    public boolean users() {
        return users;
    }

    /** Demo data on a database without organizations. */
    public boolean data() {
        return data;
    }
}
