package com.contas.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Changes travel between app instances through PostgreSQL: {@code pg_notify} after the commit, and
 * one connection per instance (outside the pool) that LISTENs. When that connection drops, it
 * reconnects with a growing pause and then tells every screen to reload fully, since changes may
 * have been missed meanwhile.
 *
 * <p>A connection can also die without a word: a network path that drops packets or a frozen server
 * leaves the socket open, waiting for notifications then looks like "no news", and TCP keepalive
 * would notice only after hours. So after {@link #CHECK_EVERY_MILLIS} without a notification the
 * listener asks the server {@code select 1} on that connection, with a network timeout of {@link
 * #CHECK_TIMEOUT_MILLIS}: no answer counts as a lost connection. A half-open connection is found
 * within about 6.5 s.
 */
class PostgresTransport implements LiveTransport {

    static final String CHANNEL = "contas_accounts";
    static final String APPLICATION_NAME = "contas-live";
    /** PostgreSQL refuses payloads of 8000 bytes and more. */
    private static final int MAX_PAYLOAD_BYTES = 7900;

    private static final long MAX_PAUSE_MILLIS = 2000;
    /** How long one wait for notifications lasts. */
    private static final int POLL_MILLIS = 500;
    /** How long the connection may stay quiet before the listener checks that it still answers. */
    static final long CHECK_EVERY_MILLIS = 2000;
    /** How long the server has to answer that check (and every other read on the connection). */
    static final int CHECK_TIMEOUT_MILLIS = 4000;

    private static final Logger log = LoggerFactory.getLogger(PostgresTransport.class);

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final String url;
    private final String username;
    private final String password;
    private volatile boolean running;
    private volatile Connection listening;
    private Thread thread;

    PostgresTransport(JdbcTemplate jdbc, ObjectMapper json, String url, String username, String password) {
        this.jdbc = jdbc;
        this.json = json;
        this.url = url;
        this.username = username;
        this.password = password;
    }

    @Override
    public void send(AccountChange change) {
        String payload = payload(change);
        if (payload.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD_BYTES) {
            payload = payload(new AccountChange(
                    change.id(),
                    Set.of(),
                    true,
                    change.actorId(),
                    change.actorName(),
                    "live.changedAll",
                    List.of(),
                    change.origin()));
        }
        jdbc.query("select pg_notify(?, ?)", rs -> null, CHANNEL, payload);
    }

    private String payload(AccountChange change) {
        try {
            return json.writeValueAsString(change);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public synchronized void start(Consumer<AccountChange> receiver) {
        running = true;
        thread = new Thread(() -> listen(receiver), "contas-live-listen");
        thread.setDaemon(true);
        thread.start();
    }

    private void listen(Consumer<AccountChange> receiver) {
        long pause = 100;
        boolean missedSome = false;
        while (running) {
            Properties properties = new Properties();
            properties.setProperty("user", username == null ? "" : username);
            properties.setProperty("password", password == null ? "" : password);
            properties.setProperty("ApplicationName", APPLICATION_NAME);
            properties.setProperty("tcpKeepAlive", "true");
            // Seconds: a server that accepts the connection and then says nothing does not hold the listener.
            properties.setProperty("connectTimeout", Integer.toString(CHECK_TIMEOUT_MILLIS / 1000));
            properties.setProperty("socketTimeout", Integer.toString(CHECK_TIMEOUT_MILLIS / 1000));
            try (Connection connection = DriverManager.getConnection(url, properties);
                    Statement statement = connection.createStatement()) {
                connection.setNetworkTimeout(Runnable::run, CHECK_TIMEOUT_MILLIS);
                statement.execute("LISTEN " + CHANNEL);
                listening = connection;
                pause = 100;
                if (missedSome) {
                    log.info("Live updates listen again; screens reload fully");
                    receiver.accept(AccountChange.everything("live.reconnected"));
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                long lastHeard = System.nanoTime();
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
                    if (notifications != null && notifications.length > 0) {
                        lastHeard = System.nanoTime();
                        for (PGNotification notification : notifications) {
                            receive(receiver, notification.getParameter());
                        }
                    } else if (System.nanoTime() - lastHeard >= CHECK_EVERY_MILLIS * 1_000_000) {
                        // Throws when the server does not answer within the network timeout.
                        statement.execute("select 1");
                        lastHeard = System.nanoTime();
                    }
                }
            } catch (SQLException e) {
                if (!running) {
                    return;
                }
                missedSome = true;
                log.warn("Live updates lost their database connection ({}); retrying in {} ms", e.getMessage(), pause);
                sleep(pause);
                pause = Math.min(MAX_PAUSE_MILLIS, pause * 2);
            } finally {
                listening = null;
            }
        }
    }

    private void receive(Consumer<AccountChange> receiver, String payload) {
        try {
            receiver.accept(json.readValue(payload, AccountChange.class));
        } catch (JsonProcessingException | RuntimeException e) {
            log.warn("A live update could not be read: {}", e.getMessage());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean reachesOtherInstances() {
        return true;
    }

    /** Whether the listening connection is open. */
    boolean isListening() {
        return listening != null;
    }

    @Override
    public boolean connected() {
        return isListening();
    }

    @Override
    public synchronized void stop() {
        running = false;
        Connection connection = listening;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                log.debug("Closing the listening connection", e);
            }
        }
        if (thread != null) {
            thread.interrupt();
        }
    }
}
