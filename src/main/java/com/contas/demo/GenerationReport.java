package com.contas.demo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one run of the {@link DemoDataGenerator} inserted.
 *
 * @param rows          rows in each demo table once the load is done, in insertion order
 * @param elapsedMillis wall-clock time of writing the rows
 * @param analyzeMillis wall-clock time of refreshing the planner statistics afterwards
 */
public record GenerationReport(
        DemoSize size, long seed, Map<String, Long> rows, long elapsedMillis, long analyzeMillis) {

    public GenerationReport {
        rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
    }

    public long rows(String table) {
        return rows.getOrDefault(table, 0L);
    }
}
