package com.contas.account;

import com.contas.live.LiveUpdates;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Aggregates over every account (the board's column totals, the list's tiles) read once for all
 * the users who ask for the same ones, until accounts change. Each is a scan of the whole summary
 * (50,000 accounts: 70-80 ms of the database's CPU); every opening of a board or list asked for
 * one, and under a team's load they were a third of what PostgreSQL was doing.
 *
 * <p>A value is served while {@link LiveUpdates#generation()} has not moved since before it was
 * read (a change committed here counts at its commit; one from another instance when heard of) and
 * for at most {@link #MAX_AGE_MILLIS} ms: writes that reach the database around the services, or
 * an instance's notice still on its way, are seen within that.
 */
@Component
class SharedReads {

    static final long MAX_AGE_MILLIS = 2000;
    private static final int KEPT = 256;

    private final LiveUpdates live;
    private final Map<Object, Read> reads = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Read> eldest) {
            return size() > KEPT;
        }
    };

    SharedReads(LiveUpdates live) {
        this.live = live;
    }

    /** The value for {@code key} (which must name everything the reading depends on). */
    @SuppressWarnings("unchecked")
    <T> T get(Object key, Supplier<T> read) {
        long generation = live.generation();
        long now = System.nanoTime();
        Read cached;
        synchronized (reads) {
            cached = reads.get(key);
        }
        if (cached != null && cached.generation == generation && now - cached.startedAt < MAX_AGE_MILLIS * 1_000_000) {
            return (T) cached.value;
        }
        T value = read.get();
        synchronized (reads) {
            reads.put(key, new Read(value, generation, now));
        }
        return value;
    }

    private record Read(Object value, long generation, long startedAt) {}
}
