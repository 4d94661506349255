package com.contas.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Latencies and failures per action type, for one step of a run; thread-safe. */
final class Stats {

    private final Map<String, List<Long>> nanos = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> failures = new ConcurrentHashMap<>();
    private final AtomicLong failed = new AtomicLong();

    void success(String action, long latencyNanos) {
        List<Long> list = nanos.computeIfAbsent(action, a -> Collections.synchronizedList(new ArrayList<>()));
        list.add(latencyNanos);
    }

    void failure(String action, String reason) {
        failed.incrementAndGet();
        String key = action + ": " + (reason == null ? "?" : reason.replaceAll("\\d{2,}", "N"));
        failures.computeIfAbsent(key.length() > 160 ? key.substring(0, 160) : key, k -> new AtomicLong())
                .incrementAndGet();
    }

    long succeeded() {
        return nanos.values().stream().mapToLong(List::size).sum();
    }

    long failed() {
        return failed.get();
    }

    /** Every action type with its sorted latencies in milliseconds. */
    Map<String, double[]> latencies() {
        Map<String, double[]> result = new TreeMap<>();
        nanos.forEach((action, list) -> {
            double[] ms;
            synchronized (list) {
                ms = list.stream().mapToDouble(n -> n / 1e6).sorted().toArray();
            }
            result.put(action, ms);
        });
        return result;
    }

    double[] allLatencies() {
        return latencies().values().stream()
                .flatMapToDouble(java.util.Arrays::stream)
                .sorted()
                .toArray();
    }

    Map<String, Long> failureReasons() {
        Map<String, Long> result = new TreeMap<>();
        failures.forEach((k, v) -> result.put(k, v.get()));
        return result;
    }

    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
