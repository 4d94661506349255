package com.contas.security;

import com.contas.security.UserService.NewUser;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure somebody can sign in on an empty database. In demo mode: the demo users shown on
 * the login page. Otherwise the first admin comes from {@code contas.admin.username} and
 * {@code contas.admin.password} (env {@code CONTAS_ADMIN_USERNAME}/{@code CONTAS_ADMIN_PASSWORD}),
 * and the application refuses to start without them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class InitialUsers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialUsers.class);

    private final UserService users;
    private final SecurityProperties properties;

    InitialUsers(UserService users, SecurityProperties properties) {
        this.users = users;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        if (properties.demoUsers()) {
            for (DemoUser demo : DemoUser.values()) {
                users.create(new NewUser(
                        demo.username(),
                        demo.displayName(),
                        demo.username() + "@contas.example",
                        demo.password(),
                        demo.role()));
            }
            log.info("Created the demo users: {}", Arrays.toString(DemoUser.values()));
            return;
        }
        String username = properties.adminUsername();
        String password = properties.adminPassword();
        if (username == null || username.isBlank() || password == null || password.isBlank()) {
            throw new IllegalStateException("The database has no users. Set CONTAS_ADMIN_USERNAME and "
                    + "CONTAS_ADMIN_PASSWORD (at least " + UserService.MIN_PASSWORD_LENGTH
                    + " characters) to create the first administrator.");
        }
        users.create(new NewUser(username, username, null, password, Role.ADMIN));
        log.info("Created the first administrator '{}'", username);
    }
}
