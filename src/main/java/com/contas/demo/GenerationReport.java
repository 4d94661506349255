package com.contas.demo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one run of the {@link DemoDataGenerator} inserted.
 *
 * @param rows          rows inserted per table, in insertion order
 * @param elapsedMillis wall-clock time of the whole run
 */
public record GenerationReport(DemoSize size, long seed, Map<String, Long> rows, long elapsedMillis) {

    public GenerationReport {
        rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
    }

    public long rows(String table) {
        return rows.getOrDefault(table, 0L);
    }
}
