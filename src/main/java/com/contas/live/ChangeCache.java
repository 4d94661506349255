package com.contas.live;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * What redrawing after a change needs to read (an account's row, the tiles of a filter) is read once
 * for all the screens that hear of that change, not once per screen: two hundred boards with the
 * same filter cost one query. Only the last few changes are remembered.
 *
 * <p>A value read for a change is older than the writes committed after it was read. A screen that
 * has itself written since (a move, an Undo) must not be handed that older value: it would put back
 * what the screen has just changed, and the screen hears of none of its own changes to correct it.
 * Such a screen reads again ({@link Writes}).
 */
@Component
public class ChangeCache {

    private static final int CHANGES_KEPT = 8;

    private final Map<UUID, Map<Object, Read>> byChange = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Map<Object, Read>> eldest) {
            return size() > CHANGES_KEPT;
        }
    };

    /**
     * The value for {@code key} as read for this change, reading it if no screen has yet, or if the
     * screen asking has written since it was read.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(AccountChange change, Object key, Supplier<T> read, Writes writes) {
        Map<Object, Read> values;
        synchronized (byChange) {
            values = byChange.computeIfAbsent(change.id(), id -> new ConcurrentHashMap<>());
        }
        return (T) values.compute(
                        key, (k, cached) -> cached != null && !writes.since(cached.startedAt) ? cached : Read.of(read))
                .value;
    }

    /** A value and when its reading started: it saw every write committed before that. */
    private record Read(Object value, long startedAt) {
        static Read of(Supplier<?> read) {
            long start = System.nanoTime();
            return new Read(read.get(), start);
        }
    }

    /** When a screen last wrote (for a screen's own use, under its UI's lock). */
    public static final class Writes implements Serializable {

        private long lastAt;
        private boolean any;

        /** Call once a write of the screen has committed. */
        public void happened() {
            lastAt = System.nanoTime();
            any = true;
        }

        boolean since(long readStartedAt) {
            return any && lastAt - readStartedAt >= 0;
        }
    }
}
