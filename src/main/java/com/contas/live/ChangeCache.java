package com.contas.live;

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
 */
@Component
public class ChangeCache {

    private static final int CHANGES_KEPT = 8;

    private final Map<UUID, Map<Object, Object>> byChange = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Map<Object, Object>> eldest) {
            return size() > CHANGES_KEPT;
        }
    };

    /** The value for {@code key} as read for this change, reading it if no screen has yet. */
    @SuppressWarnings("unchecked")
    public <T> T get(AccountChange change, Object key, Supplier<T> read) {
        Map<Object, Object> values;
        synchronized (byChange) {
            values = byChange.computeIfAbsent(change.id(), id -> new ConcurrentHashMap<>());
        }
        return (T) values.computeIfAbsent(key, k -> read.get());
    }
}
