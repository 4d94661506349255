package com.contas.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.contas.testsupport.FreshDatabase;
import com.contas.testsupport.StallingProxy;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The listening connection dies without a word (a network path that drops packets, a frozen
 * server): its socket stays open and simply stops carrying bytes, so the driver sees no error and
 * TCP keepalive would notice only after hours. The listener must find out by itself, within 10 s,
 * and take the path of a lost connection: listen again on a fresh one and tell the screens to
 * reload. The listening connection goes through a proxy that the test stalls; the notifications
 * are sent directly. PostgreSQL only.
 */
@Tag("pgonly")
class StalledListenerTest {

    FreshDatabase database;
    StallingProxy proxy;
    PostgresTransport transport;
    final BlockingQueue<AccountChange> heard = new LinkedBlockingQueue<>();

    @BeforeEach
    void listenThroughAProxy() throws Exception {
        database = FreshDatabase.postgres();
        proxy = StallingProxy.before(database.url());
        JdbcTemplate direct = database.jdbc();
        transport = new PostgresTransport(
                direct, new ObjectMapper(), proxy.through(database.url()), database.user(), database.password());
        transport.start(heard::add);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!transport.isListening() && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertThat(transport.isListening()).isTrue();
    }

    @AfterEach
    void stop() throws Exception {
        if (transport != null) {
            transport.stop();
        }
        if (proxy != null) {
            proxy.close();
        }
        Thread.sleep(200); // the listener lets go of its connection before the database is dropped
        if (database != null) {
            database.close();
        }
    }

    private static AccountChange change(String key) {
        return new AccountChange(UUID.randomUUID(), Set.of(1L), false, null, null, key, List.of(), null);
    }

    private AccountChange next(long seconds) throws InterruptedException {
        return heard.poll(seconds, TimeUnit.SECONDS);
    }

    @Test
    void a_stalled_listening_connection_is_replaced_within_ten_seconds_and_updates_flow_again() throws Exception {
        transport.send(change("live.before"));
        assertThat(next(5)).extracting(AccountChange::messageKey).isEqualTo("live.before");

        proxy.stall();
        long stalledAt = System.nanoTime();
        AccountChange missed = change("live.duringTheStall");
        transport.send(missed); // never reaches the stalled connection

        AccountChange reload = next(10);
        long detectedMillis = (System.nanoTime() - stalledAt) / 1_000_000;
        System.out.println("live listener: a stalled connection was replaced after " + detectedMillis + " ms");
        assertThat(reload)
                .as("the listener took the reconnect-and-reload path within 10 s")
                .isNotNull();
        assertThat(reload.everything()).isTrue();
        assertThat(reload.messageKey()).isEqualTo("live.reconnected");
        assertThat(proxy.connections()).isEqualTo(2);

        transport.send(change("live.after"));
        assertThat(next(5)).extracting(AccountChange::messageKey).isEqualTo("live.after");

        proxy.resume(); // the old connection's held bytes: the listener must not hear them twice or fall over
        transport.send(change("live.afterResume"));
        assertThat(next(5)).extracting(AccountChange::messageKey).isEqualTo("live.afterResume");
        assertThat(heard).isEmpty();
    }
}
