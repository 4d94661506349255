package com.contas.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.contas.account.SummaryDriftSql;
import com.contas.e2e.Browser;
import com.contas.testsupport.TestDatabase;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The deployment a team runs (README "Operations"), on this machine without containers: two
 * processes of the production jar on one PostgreSQL database, behind Debian's HAProxy running the
 * checked-in {@code deploy/haproxy.cfg}, used through Chromium. Each scenario starts from both
 * instances serving. Figures are printed as {@code deploy: ...} lines.
 *
 * <p>Run by {@code .ci/run} after it has built the production jar: {@code ./mvnw -Pdeploy
 * surefire:test -Dcontas.deploy.jar=target/contas-0.1.0-SNAPSHOT.jar}.
 */
@Tag("deploy")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesDeploymentTest {

    private static final Path JAR = Path.of(System.getProperty("contas.deploy.jar", "target/contas-0.1.0-SNAPSHOT.jar"))
            .toAbsolutePath();
    private static final Duration START_LIMIT = Duration.ofMinutes(4);
    /**
     * The browser suite's fixed start of the app's clock (a Wednesday), so that every board column
     * has cards. Each process's clock starts at its own start: an instance started later is given a
     * later start, so that all of them agree on the time, as real clocks do.
     */
    private static final Instant CLOCK_START = Instant.parse("2026-03-11T15:00:00Z");

    private final Instant began = Instant.now();

    private static final int TODAY = 2;
    private static final int NEXT_WEEK = 4;

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private Path dir;
    private String database;
    private String databaseUrl;
    private Instance app1;
    private Instance app2;
    private Balancer balancer;

    @BeforeAll
    void two_instances_behind_the_balancer() throws Exception {
        assertThat(JAR).as("the production jar (./mvnw -Pproduction package)").exists();
        dir = Files.createDirectories(Path.of(
                        "target", "deploy", LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))))
                .toAbsolutePath();
        database =
                "contas_deploy_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        databaseUrl = TestDatabase.createPostgresDatabase(database);
        app1 = new Instance("app1", JAR, databaseUrl, dir);
        app2 = new Instance("app2", JAR, databaseUrl, dir);
        app1.start(common("--contas.demo.enabled=true"));
        report(
                "app1 started on an empty database (migrations, demo data) and ready in %d ms",
                app1.awaitReady(START_LIMIT));
        app2.start(common());
        report("app2 started and ready in %d ms", app2.awaitReady(START_LIMIT));
        balancer = new Balancer(app1, app2, dir.resolve("haproxy.log"));
        awaitNewUsersLandOn(Set.of("app1", "app2"), Duration.ofSeconds(30));
    }

    /** Each scenario starts from both instances serving, whatever the one before left. */
    @BeforeEach
    void both_instances_serving() throws Exception {
        for (Instance instance : List.of(app1, app2)) {
            if (!instance.running()) {
                instance.start(common());
                report("%s started again and ready in %d ms", instance.name, instance.awaitReady(START_LIMIT));
            } else if (instance.readiness() == 404) {
                instance.status("DELETE", "/actuator/drain");
            }
        }
        awaitNewUsersLandOn(Set.of("app1", "app2"), Duration.ofSeconds(30));
    }

    @AfterAll
    void stop_everything() throws Exception {
        if (balancer != null) {
            balancer.close();
        }
        if (app1 != null) {
            app1.close();
        }
        if (app2 != null) {
            app2.close();
        }
        if (database != null) {
            TestDatabase.dropPostgresDatabase(database);
        }
    }

    @Test
    @Order(1)
    void a_card_dragged_by_a_user_on_instance_1_moves_on_the_board_of_a_user_on_instance_2_within_2_seconds()
            throws Exception {
        try (Browser a = signedInOn("app1", "mariana", "demo1234");
                Browser b = signedInOn("app2", "user", "user1234")) {
            long ms = dragSeenByTheOther(a, b);
            report("A's drag on app1 seen on B's board on app2 after %d ms", ms);
            b.screenshot("deploy-two-instances-b-board");
            assertThat(ms).isLessThan(2000);
        }
    }

    @Test
    @Order(2)
    void an_instance_killed_mid_work_sends_its_users_to_sign_in_again_on_the_other_with_everything_committed_kept()
            throws Exception {
        String marker = "Half-typed note " + UUID.randomUUID();
        String moved;
        try (Browser b = signedInOn("app2", "user", "user1234")) {
            openBoard(b);
            moved = firstCard(b, TODAY);
            drag(b, moved, NEXT_WEEK, System.nanoTime());

            // A form half filled: a note typed in another account's drawer, not saved.
            String other = firstCard(b, NEXT_WEEK + 1);
            // In the middle of the board's scrolling area, not under a column's sticky header.
            WebElement otherCard = cardName(b, NEXT_WEEK + 1, other);
            b.scrollIntoView(otherCard);
            otherCard.click();
            WebElement drawer = b.drawer(other);
            b.selectTab(drawer, "Notes");
            WebElement area = b.wait.until(
                    d -> drawer.findElement(By.cssSelector(".contas-drawer-notes vaadin-text-area textarea")));
            area.sendKeys(marker);

            long killed = System.nanoTime();
            app2.kill();
            report("app2 killed (kill -9) with B's note half typed, just after B's drop");

            // B's next action: saving the note. It reaches app1, which does not know B's session.
            drawer.findElements(By.cssSelector(".contas-drawer-notes vaadin-button")).stream()
                    .filter(button -> button.getText().equals("Add note"))
                    .findFirst()
                    .orElseThrow()
                    .click();
            WebElement told =
                    b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".v-system-error")));
            long toldAt = System.nanoTime();
            assertThat(told.getText()).contains("Your session has ended").contains("What you saved is safe");
            assertThat(told.getText()).doesNotContain("Exception").doesNotContain("Session Expired");
            b.screenshot("deploy-instance-lost-session-ended");
            report("B told that the session ended %d ms after the kill", (toldAt - killed) / 1_000_000);

            told.click();
            b.wait.until(ExpectedConditions.urlContains("/login"));
            signInOnThePage(b, "user", "user1234");
            b.open("accounts/board");
            openBoard(b);
            long working = System.nanoTime();
            assertThat(servedBy(b)).isEqualTo("app1");
            assertThat(shows(b, TODAY, moved))
                    .as("the drop made before the kill is kept")
                    .isFalse();
            report(
                    "B signed in again and working on app1 %d ms after the kill (%d ms after being told)",
                    (working - killed) / 1_000_000, (working - toldAt) / 1_000_000);
        }

        try (Connection c = connect()) {
            assertThat(count(c, "select count(*) from note where body like ?", "%" + marker + "%"))
                    .as("the half-typed note was not saved")
                    .isZero();
            assertThat(count(
                            c,
                            "select count(*) from change_record r join organization o on o.id = r.organization_id "
                                    + "where o.name = ? and r.field = 'dueDate'",
                            moved))
                    .as("the drop's history")
                    .isPositive();
            assertEverythingWhole(c);
        }
    }

    @Test
    @Order(3)
    void a_rolling_restart_across_an_added_column_serves_every_new_user_and_both_versions_serve_together()
            throws Exception {
        Path nextVersion = Files.createDirectories(dir.resolve("next-version-migrations"));
        // Expand: a nullable column, which the running version neither reads nor writes.
        Files.writeString(
                nextVersion.resolve("V9000__next_version_adds_a_nullable_column.sql"),
                "alter table organization add column loyalty_tier varchar(40);\n");
        String nextLocations =
                "--spring.flyway.locations=classpath:db/migration,classpath:db/vendor/{vendor},filesystem:"
                        + nextVersion;

        try (NewUsers newUsers = new NewUsers()) {
            // app2: drain, its user finishes, stop, start the next version.
            try (Browser b = signedInOn("app2", "user", "user1234")) {
                openBoard(b);
                long drainAsked = System.nanoTime();
                assertThat(app2.status("POST", "/actuator/drain")).isEqualTo(200);
                assertThat(app2.readiness()).isEqualTo(404);
                awaitNewUsersLandOn(Set.of("app1"), Duration.ofSeconds(15));
                report(
                        "app2 draining: new users only on app1 %d ms after the drain",
                        (System.nanoTime() - drainAsked) / 1_000_000);
                WebElement notice = b.wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("vaadin-notification-card.draining-notice")));
                assertThat(notice.getText()).contains("Contas is being updated");
                b.screenshot("deploy-draining-notice");
                assertThat(app2.body("GET", "/actuator/drain"))
                        .as("B works on app2")
                        .contains("\"working\":1");
                // Still served by app2 while it drains: B keeps working.
                b.open("accounts");
                b.wait.until(d -> !d.findElements(By.cssSelector("vaadin-grid-cell-content a"))
                        .isEmpty());
                assertThat(servedBy(b)).isEqualTo("app2");
                signOut(b);
            }
            // The operator waits until nobody works there, or for as long as they allow (README).
            long left = System.nanoTime();
            String drainState = app2.body("GET", "/actuator/drain");
            while (!drainState.contains("\"working\":0")
                    && System.nanoTime() - left < Duration.ofSeconds(20).toNanos()) {
                Thread.sleep(250);
                drainState = app2.body("GET", "/actuator/drain");
            }
            report(
                    "app2 %d ms after its last user signed out and closed the browser: %s",
                    (System.nanoTime() - left) / 1_000_000, drainState);
            assertThat(drainState).contains("\"working\":0");
            report("app2 stopped gracefully in %d ms", app2.stop());
            long started = System.nanoTime();
            app2.start(common(nextLocations));
            report("app2 (next version, migrates) ready in %d ms", app2.awaitReady(START_LIMIT));
            awaitNewUsersLandOn(Set.of("app1", "app2"), Duration.ofSeconds(30));
            report("app2 serving new users again %d ms after its start", (System.nanoTime() - started) / 1_000_000);
            try (Connection c = connect()) {
                assertThat(count(
                                c,
                                "select count(*) from information_schema.columns "
                                        + "where table_name = 'organization' and column_name = ?",
                                "loyalty_tier"))
                        .isOne();
            }

            // Both versions serve at once: the previous one on app1, the next on app2, one board.
            try (Browser a = signedInOn("app1", "mariana", "demo1234");
                    Browser b = signedInOn("app2", "user", "user1234")) {
                long ms = dragSeenByTheOther(a, b);
                report("previous version's drag (app1) seen by the next version's user (app2) after %d ms", ms);
                assertThat(ms).isLessThan(2000);
                signOut(a);
            }

            // app1: the same, to the next version.
            assertThat(app1.status("POST", "/actuator/drain")).isEqualTo(200);
            awaitNewUsersLandOn(Set.of("app2"), Duration.ofSeconds(15));
            report("app1 stopped gracefully in %d ms", app1.stop());
            started = System.nanoTime();
            app1.start(common(nextLocations));
            report("app1 (next version) ready in %d ms", app1.awaitReady(START_LIMIT));
            awaitNewUsersLandOn(Set.of("app1", "app2"), Duration.ofSeconds(30));
            report("app1 serving new users again %d ms after its start", (System.nanoTime() - started) / 1_000_000);

            // The previous version still starts on the expanded schema (a rollback of one instance).
            assertThat(app2.status("POST", "/actuator/drain")).isEqualTo(200);
            awaitNewUsersLandOn(Set.of("app1"), Duration.ofSeconds(15));
            app2.stop();
            app2.start(common());
            report(
                    "app2 back on the previous version, on the expanded schema, ready in %d ms",
                    app2.awaitReady(START_LIMIT));
            awaitNewUsersLandOn(Set.of("app1", "app2"), Duration.ofSeconds(30));

            report("new users during the rolling restart: %s", newUsers.summary());
            assertThat(newUsers.failures())
                    .as("requests of new users that failed: " + newUsers.failed)
                    .isEmpty();
        }
        try (Connection c = connect()) {
            assertEverythingWhole(c);
        }
    }

    // --- the balancer and the instances

    /** Which instance serves this browser's session (the balancer's response header, read by the page). */
    private static String servedBy(Browser browser) {
        return (String) ((JavascriptExecutor) browser.driver)
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "fetch('/login', {credentials: 'same-origin'})"
                        + ".then(r => done(r.headers.get('X-Contas-Instance')))"
                        + ".catch(e => done('failed: ' + e));");
    }

    /**
     * A browser whose stickiness cookie names {@code instance}, signed in there. The cookie is set
     * before the first page loads: set after, it races the page's own requests, whose answers carry
     * the balancer's choice.
     */
    private Browser signedInOn(String instance, String user, String password) {
        Browser browser = new Browser(balancer.url());
        try {
            ((ChromeDriver) browser.driver)
                    .executeCdpCommand(
                            "Network.setCookie",
                            Map.of("name", "CONTAS_INSTANCE", "value", instance, "url", balancer.url() + "/"));
            browser.signIn(user, password);
            assertThat(servedBy(browser)).isEqualTo(instance);
            return browser;
        } catch (RuntimeException | AssertionError e) {
            browser.close();
            throw e;
        }
    }

    private static void signInOnThePage(Browser browser, String user, String password) {
        browser.wait.until(
                d -> d.findElement(By.cssSelector("input[name='username']")).isDisplayed());
        browser.driver.findElement(By.cssSelector("input[name='username']")).sendKeys(user);
        browser.driver.findElement(By.cssSelector("input[name='password']")).sendKeys(password);
        browser.driver
                .findElement(By.cssSelector("vaadin-button[slot='submit'], button[type='submit']"))
                .click();
        browser.wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private static void signOut(Browser browser) {
        browser.wait
                .until(d -> d.findElements(By.cssSelector("vaadin-button")).stream()
                        .filter(button -> button.getText().equals("Sign out"))
                        .findFirst()
                        .orElse(null))
                .click();
        browser.wait.until(ExpectedConditions.urlContains("/login"));
    }

    /** Asks the balancer as new users (no cookie) until the instances answering are exactly {@code expected}. */
    private void awaitNewUsersLandOn(Set<String> expected, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        Set<String> seen = Set.of();
        while (System.nanoTime() < deadline) {
            seen = new HashSet<>();
            for (int i = 0; i < 6; i++) {
                seen.add(newUser().instance);
            }
            if (seen.equals(expected)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("new users land on " + seen + ", expected " + expected);
    }

    private record Answer(int status, String instance) {}

    /** One request as a new user: the sign-in page, without cookies. */
    private Answer newUser() throws InterruptedException {
        try {
            HttpResponse<Void> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(balancer.url() + "/login"))
                            .timeout(Duration.ofSeconds(10))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("X-Contas-Instance").orElse("none"));
        } catch (IOException e) {
            return new Answer(-1, e.getClass().getSimpleName());
        }
    }

    /** New users arriving all along (five a second), each answer counted by instance; failures kept. */
    private final class NewUsers implements AutoCloseable {
        private final ConcurrentMap<String, AtomicInteger> served = new ConcurrentHashMap<>();
        private final List<String> failed = java.util.Collections.synchronizedList(new ArrayList<>());
        private final Thread thread;
        private volatile boolean stop;

        NewUsers() {
            thread = new Thread(
                    () -> {
                        while (!stop) {
                            try {
                                Answer answer = newUser();
                                if (answer.status == 200) {
                                    served.computeIfAbsent(answer.instance, k -> new AtomicInteger())
                                            .incrementAndGet();
                                } else {
                                    failed.add(LocalDateTime.now() + " " + answer);
                                }
                                Thread.sleep(200);
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                    },
                    "new-users");
            thread.start();
        }

        List<String> failures() {
            return List.copyOf(failed);
        }

        String summary() {
            return served + ", failed " + failed.size();
        }

        @Override
        public void close() throws InterruptedException {
            stop = true;
            thread.join(15_000);
        }
    }

    // --- the board, as a user sees it

    private static void openBoard(Browser browser) {
        browser.open("accounts/board");
        browser.wait.until(d -> d.findElements(By.cssSelector(".kanban-card")).size() > 5);
    }

    private static List<WebElement> columns(Browser browser) {
        return browser.driver.findElements(By.cssSelector(".kanban-column"));
    }

    private static String firstCard(Browser browser, int column) {
        return browser.wait.until(
                d -> columns(browser).get(column).findElements(By.cssSelector(".account-card-name")).stream()
                        .map(WebElement::getText)
                        .filter(text -> !text.isBlank())
                        .findFirst()
                        .orElse(null));
    }

    private static WebElement cardName(Browser browser, int column, String name) {
        return columns(browser).get(column).findElements(By.cssSelector(".account-card-name")).stream()
                .filter(e -> e.getText().equals(name))
                .findFirst()
                .orElseThrow();
    }

    /** Whether the column shows a card of that name; read in the page, in one round trip. */
    private static boolean shows(Browser browser, int column, String name) {
        return (Boolean) ((JavascriptExecutor) browser.driver)
                .executeScript(
                        "const col = document.querySelectorAll('.kanban-column')[arguments[0]];"
                                + "return !!col && [...col.querySelectorAll('.account-card-name')]"
                                + ".some(e => e.textContent.trim() === arguments[1]);",
                        column,
                        name);
    }

    /**
     * Drags the card from Today to {@code target} and waits until it has left Today (moving the
     * account's other activities of today too when the board offers it). Returns when the last
     * move was asked for.
     */
    private static long drag(Browser browser, String name, int target, long dropped) {
        new Actions(browser.driver)
                .dragAndDrop(cardName(browser, TODAY, name), columns(browser).get(target))
                .perform();
        browser.wait.until(d -> !shows(browser, TODAY, name)
                || !d.findElements(By.xpath("//vaadin-button[contains(., 'Move them too')]"))
                        .isEmpty());
        List<WebElement> moveToo =
                browser.driver.findElements(By.xpath("//vaadin-button[contains(., 'Move them too')]"));
        if (!moveToo.isEmpty()) {
            dropped = System.nanoTime();
            browser.clickInNotification(moveToo.get(0));
            browser.wait.until(d -> !shows(browser, TODAY, name));
        }
        return dropped;
    }

    /**
     * {@code mover} drags the first card of Today to Next week; returns the milliseconds until the
     * other user's board shows the card where the mover's does.
     */
    private static long dragSeenByTheOther(Browser mover, Browser other) throws InterruptedException {
        openBoard(mover);
        openBoard(other);
        String name = firstCard(mover, TODAY);
        other.wait.until(d -> shows(other, TODAY, name));
        long dropped = drag(mover, name, NEXT_WEEK, System.nanoTime());
        long seen = awaitSameColumn(mover, other, name, Duration.ofSeconds(10));
        return (seen - dropped) / 1_000_000;
    }

    /** The index of the column that shows a card of that name, -1 if none does (yet). */
    private static int columnOf(Browser browser, String name) {
        return ((Number) ((JavascriptExecutor) browser.driver)
                        .executeScript(
                                "return [...document.querySelectorAll('.kanban-column')].findIndex(col => "
                                        + "[...col.querySelectorAll('.account-card-name')]"
                                        + ".some(e => e.textContent.trim() === arguments[0]));",
                                name))
                .intValue();
    }

    /**
     * Polls the other user's board until it shows the card where the mover's board shows it now
     * (the column of the account's next activity, which need not be the one dropped on).
     */
    private static long awaitSameColumn(Browser mover, Browser other, String name, Duration limit)
            throws InterruptedException {
        int column = mover.wait.until(d -> {
            int index = columnOf(mover, name);
            return index >= 0 && index != TODAY ? index : null;
        });
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (columnOf(other, name) == column) {
                return System.nanoTime();
            }
            Thread.sleep(20);
        }
        other.screenshot("deploy-failed-other-board");
        throw new AssertionError(name + " is in column " + column + " of the mover's board, but in column "
                + columnOf(other, name) + " of the other's after " + limit);
    }

    // --- the database, read as a check from outside the app

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(databaseUrl, TestDatabase.PG_USER, TestDatabase.PG_PASSWORD);
    }

    private static long count(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * Nothing half-written: every account's stored numbers equal a recomputation (the
     * reconciliation's own query), and every activity's due date is the one its last recorded
     * change says (a move writes both in one transaction).
     */
    private static void assertEverythingWhole(Connection c) throws SQLException {
        assertThat(SummaryDriftSql.drifting(c))
                .as("organizations whose summary differs from a recomputation")
                .isEmpty();
        assertThat(count(
                        c,
                        "select count(*) from activity a join lateral (select r.new_value from change_record r "
                                + "where r.entity_type = 'Activity' and r.entity_id = a.id and r.field = 'dueDate' "
                                + "order by r.id desc limit 1) last on true "
                                + "where split_part(last.new_value, ' ', 1) <> cast(a.due_date as varchar)"))
                .as("activities whose due date is not the one their history last recorded")
                .isZero();
    }

    /** The arguments of every start: demo users, and the clock where the other instances' is now. */
    private List<String> common(String... more) {
        List<String> all = new ArrayList<>(List.of(
                "--contas.clock.start=" + CLOCK_START.plus(Duration.between(began, Instant.now())),
                "--contas.security.demo-users=true"));
        all.addAll(List.of(more));
        return all;
    }

    private static void report(String format, Object... args) {
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] instanceof Duration d ? d.toMillis() : args[i];
        }
        System.out.println("deploy: " + String.format(format, shown));
    }
}
