package com.contas.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.contas.Application;
import com.contas.account.AccountSummaryMaintainer;
import com.contas.deal.DealInput;
import com.contas.deal.DealService;
import com.contas.organization.OrganizationInput;
import com.contas.organization.OrganizationService;
import com.contas.security.CurrentUser;
import com.contas.testsupport.FreePort;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.TransactionException;
import org.springframework.web.context.support.GenericWebApplicationContext;

/**
 * The database goes away and comes back while the app runs (the {@code postgres} profile with its
 * pool and driver settings, on a PostgreSQL cluster of its own that this test starts and stops):
 * writes meanwhile fail quickly and cleanly, the app serves again within 10 s of the database's
 * return without a restart, and what was written is whole. Needs root (it runs the cluster as the
 * postgres user); run by {@code .ci/run}.
 */
@Tag("restart")
class DatabaseRestartTest {

    static final Path PG_BIN = Path.of("/usr/lib/postgresql/15/bin");

    Path cluster;
    int port;
    ConfigurableApplicationContext app;

    @BeforeEach
    void startADatabaseAndTheApp() throws Exception {
        cluster = Files.createTempDirectory("contas-restart-pg");
        port = FreePort.next();
        run("chown", "postgres", cluster.toString());
        su(PG_BIN.resolve("initdb") + " -D " + cluster + "/data -A trust -U postgres -E UTF8 --locale=C.UTF-8");
        startDatabase();
        app = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                .contextFactory(type -> new GenericWebApplicationContext(new MockServletContext()))
                .profiles("postgres")
                .run(
                        "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=",
                        "--contas.security.admin-username=boss",
                        "--contas.security.admin-password=Rosa-de-Saron-1911",
                        "--logging.level.root=warn",
                        "--spring.main.banner-mode=off");
        UserDetails boss = app.getBean(UserDetailsService.class).loadUserByUsername("boss");
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(boss, null, boss.getAuthorities()));
        assertThat(app.getBean(CurrentUser.class).idOrNull()).isNotNull();
    }

    @AfterEach
    void stopEverything() throws Exception {
        SecurityContextHolder.clearContext();
        if (app != null) {
            app.close();
        }
        su(PG_BIN.resolve("pg_ctl") + " -D " + cluster + "/data -m immediate stop || true");
        run("rm", "-rf", cluster.toString());
    }

    @Test
    void the_app_serves_again_within_ten_seconds_of_the_database_returning_and_nothing_is_half_written()
            throws Exception {
        OrganizationService organizations = app.getBean(OrganizationService.class);
        DealService deals = app.getBean(DealService.class);
        long me = app.getBean(CurrentUser.class).idOrNull();
        long org = organizations.create(new OrganizationInput("Acme", null, me)).id();

        // Writes keep coming while the database stops: each is whole or absent.
        List<Long> committed = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        Thread writer = new Thread(() -> {
            SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
            SecurityContextHolder.getContext()
                    .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                            app.getBean(UserDetailsService.class).loadUserByUsername("boss"), null, List.of()));
            while (writing.get()) {
                try {
                    var deal = deals.create(new DealInput("Deal", BigDecimal.TEN, "BRL", org, null, me, null, null));
                    deals.markWon(deal.id(), deal.version());
                    synchronized (committed) {
                        committed.add(deal.id());
                    }
                } catch (DataAccessException | TransactionException e) {
                    synchronized (failures) {
                        failures.add(e.getClass().getSimpleName());
                    }
                }
            }
        });
        writer.start();
        Thread.sleep(500);
        assertThat(readiness()).as("ready before the database stops").isEqualTo(Status.UP);
        long stoppedAt = System.nanoTime();
        su(PG_BIN.resolve("pg_ctl") + " -D " + cluster + "/data -m fast stop");
        long notReadyAfter = millisUntil(Status.OUT_OF_SERVICE, stoppedAt);
        assertThat(notReadyAfter)
                .as("readiness goes down once the database is away (ms)")
                .isBetween(0L, 15_000L);
        Thread.sleep(Math.max(0, 3000 - (System.nanoTime() - stoppedAt) / 1_000_000));

        long failingStart = System.nanoTime();
        boolean refused;
        try {
            organizations.create(new OrganizationInput("While down", null, me));
            refused = false;
        } catch (DataAccessException | TransactionException e) {
            refused = true;
        }
        long refusalMillis = (System.nanoTime() - failingStart) / 1_000_000;
        assertThat(refused).as("a write while the database is down is refused").isTrue();
        assertThat(refusalMillis).as("and quickly").isLessThan(7000);

        // A user opening a screen meanwhile is told to try again, on a page, not an error page.
        var signedIn = SecurityContextHolder.getContext().getAuthentication();
        com.contas.testsupport.MockUi.setUp(app);
        SecurityContextHolder.getContext().setAuthentication(signedIn);
        try {
            com.vaadin.flow.component.UI.getCurrent().navigate("accounts");
            String page = com.vaadin
                    .flow
                    .component
                    .UI
                    .getCurrent()
                    .getInternals()
                    .getActiveRouterTargetsChain()
                    .get(0)
                    .getElement()
                    .getTextRecursively();
            assertThat(page)
                    .contains("The database is not reachable right now")
                    .contains("Try again")
                    .doesNotContain("Exception");
        } finally {
            com.contas.testsupport.MockUi.tearDown();
            SecurityContextHolder.getContext().setAuthentication(signedIn);
        }

        startDatabase();
        long back = System.nanoTime();
        long readyAfter = millisUntil(Status.UP, back);
        long servingAfter = -1;
        while ((System.nanoTime() - back) / 1_000_000 < 15_000) {
            try {
                organizations.create(new OrganizationInput("After", null, me));
                servingAfter = (System.nanoTime() - back) / 1_000_000;
                break;
            } catch (DataAccessException | TransactionException e) {
                Thread.sleep(100);
            }
        }
        writing.set(false);
        writer.join();
        System.out.printf(
                "database restart: a write while down was refused in %d ms; serving again %d ms after "
                        + "the database returned; readiness down %d ms after the stop and up again %d ms after "
                        + "the return; %d writes committed, %d refused (%s); down for %d ms%n",
                refusalMillis,
                servingAfter,
                notReadyAfter,
                readyAfter,
                committed.size(),
                failures.size(),
                failures.stream().distinct().toList(),
                (back - stoppedAt) / 1_000_000);
        assertThat(servingAfter)
                .as("serving again after the database returned (ms)")
                .isBetween(0L, 10_000L);
        assertThat(readyAfter)
                .as("ready again after the database returned (ms)")
                .isBetween(0L, 10_000L);

        var jdbc = app.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
        for (long id : committed) {
            assertThat(jdbc.queryForObject("select status from deal where id = ?", String.class, id))
                    .isEqualTo("WON");
        }
        assertThat(app.getBean(AccountSummaryMaintainer.class).reconcile().clean())
                .isTrue();
        assertThat(jdbc.queryForObject(
                        "select won_count from account_summary where organization_id = ?", Integer.class, org))
                .isEqualTo(jdbc.queryForObject(
                        "select count(*) from deal where organization_id = ? and status = 'WON'", Integer.class, org));
    }

    /** The readiness group as a balancer's health check sees it (database, live-update listener, state). */
    private Status readiness() {
        return app.getBean(HealthEndpoint.class).healthForPath("readiness").getStatus();
    }

    /**
     * Milliseconds from {@code since} until readiness reads {@code wanted} (DOWN counts as not
     * ready too), polled every 100 ms for at most 20 s; -1 if it never does.
     */
    private long millisUntil(Status wanted, long since) throws InterruptedException {
        while ((System.nanoTime() - since) / 1_000_000 < 20_000) {
            Status now = readiness();
            boolean ready = Status.UP.equals(now);
            if (Status.UP.equals(wanted) == ready) {
                return (System.nanoTime() - since) / 1_000_000;
            }
            Thread.sleep(100);
        }
        return -1;
    }

    private void startDatabase() throws IOException, InterruptedException {
        su(PG_BIN.resolve("pg_ctl") + " -D " + cluster + "/data -o \"-p " + port
                + " -k /tmp -c listen_addresses=127.0.0.1\"" + " -l " + cluster + "/log -w start");
    }

    private static void su(String command) throws IOException, InterruptedException {
        run("su", "postgres", "-c", command);
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0 && !String.join(" ", command).contains("|| true")) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
    }
}
