package com.contas.live;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Live updates: open screens subscribe for the life of their UI; committed changes (from this
 * instance or, through the transport, from others) are handed to each subscribed UI with
 * {@link UI#access}, which pushes what the handler redrew. Delivery runs on one thread of its own,
 * never on a request thread that holds another user's session.
 */
@Component
public class LiveUpdates {

    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);

    private final LiveTransport transport;
    /** Counts the changes committed here or heard of from other instances (see {@link #generation()}). */
    private final AtomicLong generation = new AtomicLong();
    /**
     * The last changes this instance sent, whose echo from the transport is not a new change, with
     * when they were sent ({@link System#nanoTime()}): the echo's delay is the transport's lag.
     */
    private final Map<UUID, Long> publishedHere = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Long> eldest) {
            return size() > 256;
        }
    };

    /** From sending a change to hearing it back from the transport (PostgreSQL: NOTIFY to LISTEN). */
    private final Timer transportLag;
    /** Changes heard from the transport, ours and other instances'. */
    private final Counter received;
    /** Changes handed to open screens (one per screen a change reached). */
    private final Counter deliveries;

    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final ExecutorService dispatcher = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "contas-live-dispatch");
        thread.setDaemon(true);
        return thread;
    });

    LiveUpdates(LiveTransport transport, MeterRegistry meters) {
        this.transport = transport;
        this.transportLag = Timer.builder("contas.live.lag")
                .description("From sending a live update to hearing it back through the transport")
                .publishPercentiles(0.5, 0.95, 0.99)
                .register(meters);
        this.received = Counter.builder("contas.live.received")
                .description("Live updates heard from the transport (this instance's and others')")
                .register(meters);
        this.deliveries = Counter.builder("contas.live.deliveries")
                .description("Live updates handed to open screens")
                .register(meters);
        Gauge.builder("contas.live.screens", subscribers, Set::size)
                .description("Open screens listening for live updates")
                .register(meters);
        transport.start(this::receive);
    }

    /**
     * Hands every change to {@code handler} inside {@code ui}'s lock, once per change id, until the
     * registration is removed (do it when the screen detaches).
     */
    public Registration subscribe(UI ui, SerializableConsumer<AccountChange> handler) {
        Subscriber subscriber = new Subscriber(ui, handler);
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    /**
     * Sends a committed change to every instance. (It was counted when it committed, see
     * {@link #changed()}; its echo from the transport is not counted again.)
     */
    public void publish(AccountChange change) {
        synchronized (publishedHere) {
            publishedHere.put(change.id(), System.nanoTime());
        }
        transport.send(change);
    }

    /**
     * A number that grows whenever accounts may have changed: a change committed on this instance
     * (counted as it commits, before anyone is told) or heard of from another. Numbers read for
     * everyone ({@code account.SharedReads}) stay valid while it stays the same.
     */
    public long generation() {
        return generation.get();
    }

    /**
     * Accounts changed here, whoever is told: a transaction committed (whether or not a screen
     * listens), or data were written around the services (a bulk load, a test's reset).
     */
    public void changed() {
        generation.incrementAndGet();
    }

    /** Runs work on the delivery thread, outside any request and transaction. */
    void later(Runnable work) {
        dispatcher.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                log.warn("A live update could not be sent", e);
            }
        });
    }

    /**
     * Whether a change could reach any screen: one open here, or any on another instance. When not,
     * a change need not even be described.
     */
    boolean anyoneListening() {
        return transport.reachesOtherInstances() || !subscribers.isEmpty();
    }

    /**
     * Whether changes from other instances can arrive now (the transport's listening connection is
     * open): the instance's readiness depends on it.
     */
    public boolean connected() {
        return transport.connected();
    }

    /** How many screens listen (for tests and monitoring). */
    public int subscriberCount() {
        return subscribers.size();
    }

    private void receive(AccountChange change) {
        Long sentAt;
        synchronized (publishedHere) {
            sentAt = publishedHere.remove(change.id());
        }
        received.increment();
        if (sentAt == null) {
            generation.incrementAndGet();
        } else {
            transportLag.record(System.nanoTime() - sentAt, TimeUnit.NANOSECONDS);
        }
        dispatcher.execute(() -> deliver(change));
    }

    /** Queues the change in every subscribed UI; returns their tasks (for measurements). */
    List<Future<Void>> deliver(AccountChange change) {
        long start = System.nanoTime();
        List<Future<Void>> tasks = new ArrayList<>(subscribers.size());
        for (Subscriber subscriber : subscribers) {
            if (!subscriber.firstTime(change.id())) {
                continue;
            }
            try {
                tasks.add(subscriber.ui.access(() -> subscriber.handler.accept(change)));
                deliveries.increment();
            } catch (UIDetachedException e) {
                subscribers.remove(subscriber);
            } catch (RuntimeException e) {
                log.warn("A live update could not be queued for a screen", e);
            }
        }
        if (log.isDebugEnabled()) {
            log.debug(
                    "Live update {} handed to {} screens in {} ms",
                    change.id(),
                    tasks.size(),
                    (System.nanoTime() - start) / 1_000_000);
        }
        return tasks;
    }

    @PreDestroy
    void stop() {
        transport.stop();
        dispatcher.shutdownNow();
    }

    private static final class Subscriber {

        private static final int REMEMBERED = 64;

        final UI ui;
        final SerializableConsumer<AccountChange> handler;
        /** The last changes handed over: a change that arrives twice is applied once. */
        private final Set<UUID> seen = new LinkedHashSet<>();

        Subscriber(UI ui, SerializableConsumer<AccountChange> handler) {
            this.ui = ui;
            this.handler = handler;
        }

        synchronized boolean firstTime(UUID id) {
            if (!seen.add(id)) {
                return false;
            }
            if (seen.size() > REMEMBERED) {
                seen.remove(seen.iterator().next());
            }
            return true;
        }
    }
}
