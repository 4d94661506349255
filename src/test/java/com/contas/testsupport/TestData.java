package com.contas.testsupport;

import com.contas.live.LiveUpdates;
import com.contas.security.DemoUser;
import com.contas.security.UserService;
import com.contas.security.UserSummary;
import com.contas.settings.SettingsService;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Puts the shared test database back to a known state between tests (cheaper than a new Spring
 * context per test), and signs users in for service tests.
 */
public class TestData {

    /** Every table a test may write, children before parents. */
    public static final List<String> TABLES = List.of(
            "demo_load",
            "change_record",
            "stored_file_content",
            "stored_file",
            "note",
            "activity",
            "custom_field_value",
            "custom_field",
            "deal",
            "person_email",
            "person_phone",
            "person",
            "account_summary",
            "organization",
            "exchange_rate",
            "saved_view",
            "sign_in_throttle",
            "user_setting",
            "file_quota_lock",
            "app_user");

    private final JdbcTemplate jdbc;
    private final UserService users;
    private final SettingsService settings;
    private final UserDetailsService userDetails;
    private final LiveUpdates live;

    public TestData(
            JdbcTemplate jdbc,
            UserService users,
            SettingsService settings,
            UserDetailsService userDetails,
            LiveUpdates live) {
        this.live = live;
        this.jdbc = jdbc;
        this.users = users;
        this.settings = settings;
        this.userDetails = userDetails;
    }

    /** Changes the company settings behind the service's back (and makes it read them again). */
    public void updateSettings(String assignments) {
        jdbc.update("update company_settings set " + assignments + " where id = 1");
        settings.invalidate();
        live.changed();
    }

    /** The demo users' password hashes as first found (before any test changed a password). */
    private static final Map<DemoUser, String> DEMO_HASHES = new ConcurrentHashMap<>();

    /** Removes everything tests made; keeps the demo users, currencies, stages and settings. */
    public void reset() {
        SecurityContextHolder.clearContext();
        String demoUsers = Arrays.stream(DemoUser.values())
                .map(u -> "'" + u.username() + "'")
                .collect(Collectors.joining(","));
        for (String table : TABLES) {
            jdbc.update(
                    table.equals("app_user")
                            ? "delete from app_user where username not in (" + demoUsers + ")"
                            : "delete from " + table);
        }
        // Admin tests rename, demote and deactivate users, and users change their passwords: the
        // demo users come back as they were (their first hash kept, as bcrypt is slow on purpose).
        for (DemoUser demo : DemoUser.values()) {
            String hash = DEMO_HASHES.computeIfAbsent(
                    demo,
                    d -> jdbc.queryForObject(
                            "select password_hash from app_user where username = ?", String.class, d.username()));
            jdbc.update(
                    "update app_user set display_name = ?, role = ?, active = true, password_hash = ?, language = null"
                            + " where username = ?",
                    demo.displayName(),
                    demo.role().name(),
                    hash,
                    demo.username());
        }
        jdbc.update("update company_settings set default_currency = 'BRL', time_zone = 'America/Sao_Paulo', "
                + "first_day_of_week = 'MONDAY', not_contacted_days = 30, next_step_prompt = true, follow_up_days = 7 "
                + "where id = 1");
        jdbc.update("delete from conversion_rate");
        jdbc.update("insert into conversion_rate (currency, rate) values ('BRL', 1)");
        settings.invalidate();
        // Written around the services: numbers shared between screens are read again.
        live.changed();
    }

    public UserSummary user(DemoUser demo) {
        return users.findByUsername(demo.username()).orElseThrow();
    }

    public long userId(DemoUser demo) {
        return user(demo).id();
    }

    /** Signs a user in on this thread with the principal the login form would give. */
    public void signIn(DemoUser demo) {
        UserDetails details = userDetails.loadUserByUsername(demo.username());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    /**
     * Runs a write as another signed-in user on a thread of its own (no UI there), as another
     * browser would, and waits for it; its failure fails the caller.
     */
    public void asOtherUser(DemoUser user, Runnable work) throws InterruptedException {
        java.util.concurrent.atomic.AtomicReference<Throwable> failure =
                new java.util.concurrent.atomic.AtomicReference<>();
        Thread other = new Thread(() -> {
            try {
                signIn(user);
                work.run();
            } catch (Throwable t) {
                failure.set(t);
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
        other.start();
        other.join();
        if (failure.get() != null) {
            throw new AssertionError("The other user's write failed", failure.get());
        }
    }

    /** Row count of every table tests write: compare before and after to prove nothing was written. */
    public Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        return counts;
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }
}
