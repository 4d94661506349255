package com.contas.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.contas.account.AccountBoardService;
import com.contas.account.AccountBucket;
import com.contas.account.AccountFilter;
import com.contas.account.AccountQueries;
import com.contas.account.AccountSort;
import com.contas.activity.ActivityService;
import com.contas.deal.DealService;
import com.contas.organization.OrganizationService;
import com.contas.security.DemoUser;
import com.contas.testsupport.Accounts;
import com.contas.testsupport.OpenSessions;
import com.contas.testsupport.PostgresProfileApp;
import com.contas.testsupport.TestData;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.upload.Upload;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Nothing one slow client can starve: 12 uploads trickling in at 1 KB/s and 3 CSV exports read by
 * clients that take 1 KB/s, all over real sockets to the real server (the postgres profile's pool of
 * 16 and its timeouts), while another user opens the accounts screen and drops a card on the board.
 * Both answer within a second, and the slow clients hold no pooled connection meanwhile.
 *
 * <p>The uploads send a raw body (not multipart): the servlet container reads a multipart body to
 * its end before any application code runs, but a raw body streams straight into the upload
 * handler and {@code FileService.upload}, where a transaction opened before the bytes arrive would
 * hold a connection for as long as the client takes. The test finds the upload's and the export's
 * addresses on the server (selecting the Files tab there, as the tab's click would); the bytes go
 * over the network.
 */
@PostgresProfileApp
class SlowClientsTest {

    @Autowired
    Accounts given;

    static final int UPLOADS = 12;
    static final int EXPORTS = 3;
    static final int UPLOAD_BYTES = 30 * 1024;
    /** Enough rows that an export outgrows every socket buffer on the way and must wait for its reader. */
    static final int BULK_ACCOUNTS = 24_000;

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    OpenSessions sessions;

    @Autowired
    OrganizationService organizations;

    @Autowired
    DealService deals;

    @Autowired
    ActivityService activities;

    @Autowired
    AccountQueries accounts;

    @Autowired
    AccountBoardService board;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    final List<Socket> sockets = new ArrayList<>();
    final ExecutorService clients = Executors.newCachedThreadPool();
    long acme;

    @BeforeEach
    void anAccountWithANextActivityAndManyMoreAccountsToExport() {
        data.reset();
        data.signIn(DemoUser.USER);
        long me = data.userId(DemoUser.USER);
        acme = given.account("Acme Corp", me);
        given.call(acme, "Satisfaction call", accounts.calendar().today().plusDays(1), me);
        // Bulk rows straight into the tables, their summary rows written as the maintainer would write
        // them (its full rebuild takes 30-40 s here for 24,000 organizations). A bulk job: it lifts the
        // interactive statement timeout for its own transaction only.
        TransactionTemplate bulk = new TransactionTemplate(transactions);
        bulk.executeWithoutResult(status -> {
            data.jdbc().execute("set local statement_timeout = 0");
            data.jdbc()
                    .update(
                            "insert into organization (name, owner_id, created_at, updated_at) select "
                                    + "'Bulk account ' || lpad(g::text, 6, '0') || ' ' || repeat('x', 200), ?, now(), now() "
                                    + "from generate_series(1, ?) g",
                            me,
                            BULK_ACCOUNTS);
            data.jdbc()
                    .update(
                            "insert into deal (title, value, currency, status, won_at, organization_id, owner_id, "
                                    + "stage_id, created_at, updated_at) select 'Bulk deal', 10, 'BRL', 'WON', now(), o.id, ?, "
                                    + "(select min(id) from deal_stage), now(), now() from organization o where o.name like 'Bulk%'",
                            me);
            data.jdbc()
                    .update("insert into account_summary (organization_id, is_account, search_name, won_count, "
                            + "won_value, account_since, owner_id, owner_sort) select o.id, true, lower(o.name), 1, 10, "
                            + "now(), o.owner_id, 'lucas ferreira' from organization o where o.name like 'Bulk%'");
        });
        assertThat(accounts.count(AccountFilter.ALL)).isEqualTo(BULK_ACCOUNTS + 1);
    }

    @AfterEach
    void closeEveryClient() throws IOException {
        SecurityContextHolder.clearContext();
        for (Socket socket : sockets) {
            socket.close();
        }
        clients.shutdownNow();
    }

    @Test
    void
            twelve_trickling_uploads_and_three_slow_exports_leave_the_accounts_screen_and_the_board_answering_within_a_second()
                    throws Exception {
        HttpClient browser = signedIn(DemoUser.USER);
        String cookie = sessionCookie(browser);
        open(browser, "accounts/" + acme);
        String uploadPath = "/"
                + sessions.inNewestUi(ui -> {
                    TabSheet tabs = OpenSessions.descendants(ui)
                            .filter(TabSheet.class::isInstance)
                            .map(TabSheet.class::cast)
                            .findFirst()
                            .orElseThrow();
                    tabs.setSelectedIndex(2);
                    ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
                    return OpenSessions.descendants(ui)
                            .filter(Upload.class::isInstance)
                            .findFirst()
                            .orElseThrow()
                            .getElement()
                            .getAttribute("target");
                });
        String exportPath = "/"
                + sessions.inNewestUi(ui -> OpenSessions.descendants(ui)
                        .filter(c -> c instanceof Anchor a && a.hasClassName("contas-export"))
                        .map(c -> ((Anchor) c).getHref())
                        .findFirst()
                        .orElseThrow());

        List<SlowUpload> uploads = new ArrayList<>();
        for (int i = 0; i < UPLOADS; i++) {
            uploads.add(new SlowUpload(connect(), uploadPath, cookie));
        }
        List<SlowExport> exports = new ArrayList<>();
        for (int i = 0; i < EXPORTS; i++) {
            exports.add(new SlowExport(connect(), exportPath, cookie));
        }
        // Every slow client is under way: each export has its headers, each upload has sent 3 KB.
        for (int second = 0; second < 3; second++) {
            for (SlowUpload upload : uploads) {
                upload.send(1024);
            }
            for (SlowExport export : exports) {
                export.read(1024);
            }
            Thread.sleep(1000);
        }
        for (SlowExport export : exports) {
            assertThat(export.head()).matches("(?s)HTTP/1\\.[01] 200 .*");
        }

        HikariPoolMXBean pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
        int mostActive = 0;
        for (int i = 0; i < 10; i++) {
            mostActive = Math.max(mostActive, pool.getActiveConnections());
            for (SlowUpload upload : uploads) {
                upload.send(100);
            }
            Thread.sleep(100);
        }
        assertThat(mostActive)
                .as("pooled connections in use while 15 slow clients are under way")
                .isLessThanOrEqualTo(2);

        // Another user opens the accounts screen (what the list asks for) and drops a card on the board.
        long openMillis = timedAsOtherUser(() -> {
            accounts.page(AccountFilter.ALL, AccountSort.BY_NAME, 0, 50);
            accounts.count(AccountFilter.ALL);
            accounts.kpis(AccountFilter.ALL);
            return null;
        });
        long dropMillis = timedAsOtherUser(
                () -> board.move(acme, accounts.row(acme).orElseThrow().nextActivity(), AccountBucket.LATER));
        // And over HTTP: another user's browser opens a UI on the accounts screen.
        HttpClient other = signedIn(DemoUser.SALES_1);
        long started = System.nanoTime();
        open(other, "accounts");
        long httpOpenMillis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf(
                "slow clients: accounts opened in %d ms, card dropped in %d ms, UI over HTTP in %d ms, "
                        + "at most %d pooled connections in use, %d waiting%n",
                openMillis, dropMillis, httpOpenMillis, mostActive, pool.getThreadsAwaitingConnection());

        assertThat(openMillis).isLessThan(1000);
        assertThat(dropMillis).isLessThan(1000);
        assertThat(httpOpenMillis).isLessThan(1000);
        assertThat(accounts.row(acme).orElseThrow().bucket()).isEqualTo(AccountBucket.LATER);
        assertThat(pool.getThreadsAwaitingConnection()).isZero();

        // The three exports are still running on the server: a fourth is told to try again.
        HttpResponse<String> fourth = browser.send(
                HttpRequest.newBuilder(URI.create(base() + exportPath)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(fourth.statusCode()).isEqualTo(503);
        assertThat(fourth.body()).isEqualTo("Several exports are running right now; try again in a moment.");

        // Every slow client finishes whole: the files are stored, the exports hold every account.
        for (SlowUpload upload : uploads) {
            upload.finish();
        }
        for (SlowUpload upload : uploads) {
            assertThat(upload.response()).startsWith("HTTP/1.1 200");
        }
        assertThat(data.jdbc()
                        .queryForObject(
                                "select count(*) from stored_file where size_bytes = ?", Long.class, UPLOAD_BYTES))
                .isEqualTo(UPLOADS);
        for (SlowExport export : exports) {
            String csv = export.rest();
            assertThat(csv.split("\r\n")).hasSize(1 + BULK_ACCOUNTS + 1);
            assertThat(csv).endsWith("NO_ACTIVITY\r\n");
        }
    }

    private long timedAsOtherUser(Callable<?> work) throws Exception {
        return clients.submit(() -> {
                    data.signIn(DemoUser.SALES_1);
                    try {
                        long started = System.nanoTime();
                        work.call();
                        return (System.nanoTime() - started) / 1_000_000;
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                })
                .get(30, TimeUnit.SECONDS);
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    /** Signs in through the login form, as a browser does (the CSRF token from the page). */
    private HttpClient signedIn(DemoUser user) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String page = http.send(
                        HttpRequest.newBuilder(URI.create(base() + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        String csrf = page.replaceAll("(?s).*<meta name=\"_csrf\" content=\"([^\"]+)\".*", "$1");
        HttpResponse<String> login = http.send(
                HttpRequest.newBuilder(URI.create(base() + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + user.username() + "&password="
                                + URLEncoder.encode(user.password(), StandardCharsets.UTF_8) + "&_csrf="
                                + URLEncoder.encode(csrf, StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return http;
    }

    /** Bootstraps a UI (Flow's init request), then navigates it on the server as its router would. */
    private void open(HttpClient http, String location) throws IOException, InterruptedException {
        HttpResponse<String> init = http.send(
                HttpRequest.newBuilder(URI.create(base() + "/?v-r=init&location="
                                + URLEncoder.encode(location, StandardCharsets.UTF_8) + "&query="))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(init.statusCode()).isEqualTo(200);
        assertThat(init.body()).contains("\"v-uiId\"");
        sessions.inNewestUi(ui -> {
            ui.navigate(location);
            return null;
        });
    }

    private static String sessionCookie(HttpClient http) {
        CookieManager cookies = (CookieManager) http.cookieHandler().orElseThrow();
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElseThrow();
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket();
        // A small window, as a phone on a bad network has: the server cannot push far ahead of the reader.
        socket.setReceiveBufferSize(4096);
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
        socket.setSoTimeout(30_000);
        sockets.add(socket);
        return socket;
    }

    /** An upload whose body comes in slowly: raw bytes, as many as announced, a little at a time. */
    private static final class SlowUpload {
        private final Socket socket;
        private final OutputStream out;
        private int sent;

        SlowUpload(Socket socket, String path, String cookie) throws IOException {
            this.socket = socket;
            this.out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: JSESSIONID=" + cookie
                            + "\r\nContent-Type: application/octet-stream\r\nContent-Length: " + UPLOAD_BYTES
                            + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }

        void send(int bytes) throws IOException {
            int n = Math.min(bytes, UPLOAD_BYTES - sent);
            out.write(new byte[n]);
            out.flush();
            sent += n;
        }

        void finish() throws IOException {
            send(UPLOAD_BYTES - sent);
        }

        String response() throws IOException {
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    /** A download read slowly: the response's head, then the body 1 KB at a time. */
    private static final class SlowExport {
        private final InputStream in;
        private final ByteArrayOutputStream received = new ByteArrayOutputStream();

        SlowExport(Socket socket, String path, String cookie) throws IOException {
            OutputStream out = socket.getOutputStream();
            // HTTP/1.0: the body comes as it is, not in chunks, so its lines can be counted.
            out.write(("GET " + path + " HTTP/1.0\r\nHost: 127.0.0.1\r\nCookie: JSESSIONID=" + cookie + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            this.in = socket.getInputStream();
        }

        void read(int bytes) throws IOException {
            byte[] buffer = new byte[bytes];
            int n = in.read(buffer);
            if (n > 0) {
                received.write(buffer, 0, n);
            }
        }

        String head() {
            return received.toString(StandardCharsets.UTF_8);
        }

        /** The whole body: what was read so far and the rest, to its end. */
        String rest() throws IOException {
            received.write(in.readAllBytes());
            String all = received.toString(StandardCharsets.UTF_8);
            return all.substring(all.indexOf("\r\n\r\n") + 4);
        }
    }
}
