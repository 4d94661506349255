package com.contas.security;

import com.contas.common.DemoMode;
import com.contas.common.Validation;
import com.contas.security.UserService.NewUser;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure somebody can sign in on an empty database. In demo mode: the demo users shown on
 * the login page, with their short demo passwords (created around the password policy). Otherwise the first admin comes from {@code contas.admin.username} and
 * {@code contas.admin.password} (env {@code CONTAS_ADMIN_USERNAME}/{@code CONTAS_ADMIN_PASSWORD}),
 * and the application refuses to start without them or with a password the policy refuses
 * ({@link PasswordPolicy}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class InitialUsers implements ApplicationRunner {

    private static final String RULE = "A password needs at least " + PasswordPolicy.MIN_LENGTH
            + " characters and at most " + PasswordPolicy.MAX_BYTES + " bytes (UTF-8), and must not be a common "
            + "password, a keyboard pattern or made of the username: a few unrelated words will do.";

    private static final Logger log = LoggerFactory.getLogger(InitialUsers.class);

    private final UserService users;
    private final SecurityProperties properties;
    private final DemoMode demoMode;

    InitialUsers(UserService users, SecurityProperties properties, DemoMode demoMode) {
        this.users = users;
        this.properties = properties;
        this.demoMode = demoMode;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        if (demoMode.users()) {
            users.createDemoUsers();
            log.info("Created the demo users: {}", Arrays.toString(DemoUser.values()));
            return;
        }
        String username = properties.adminUsername();
        String password = properties.adminPassword();
        if (username == null || username.isBlank() || password == null || password.isBlank()) {
            throw new IllegalStateException("The database has no users. Set CONTAS_ADMIN_USERNAME and "
                    + "CONTAS_ADMIN_PASSWORD to create the first administrator. " + RULE);
        }
        Validation v = Validation.start();
        PasswordPolicy.check(v, "password", password, List.of(username));
        if (!v.isValid()) {
            throw new IllegalStateException("CONTAS_ADMIN_PASSWORD is too weak for the first administrator. " + RULE);
        }
        users.create(new NewUser(username, username, null, password, Role.ADMIN));
        log.info("Created the first administrator '{}'", username);
    }
}
