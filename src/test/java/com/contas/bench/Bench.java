package com.contas.bench;

import com.contas.testsupport.StatementCounter;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/** Times an operation and its floor, and prints the benchmark line. */
final class Bench {

    static final int WARM_UP = 30;
    static final int ITERATIONS = 200;
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private final StatementCounter statements;
    private final int warmUp;
    private final int iterations;

    Bench(StatementCounter statements) {
        this(statements, WARM_UP);
    }

    /** @param warmUp runs before timing, so that the JIT has compiled the hot paths */
    Bench(StatementCounter statements, int warmUp) {
        this(statements, warmUp, ITERATIONS);
    }

    /** @param iterations timed runs (fewer for operations that take long on the large data set) */
    Bench(StatementCounter statements, int warmUp, int iterations) {
        this.statements = statements;
        this.warmUp = warmUp;
        this.iterations = iterations;
    }

    void run(String name, Supplier<?> operation, Runnable floor) {
        run(name, () -> {}, operation, floor);
    }

    /** @param setUp runs before each run of the operation, outside the timing */
    void run(String name, Runnable setUp, Supplier<?> operation, Runnable floor) {
        measure(name, setUp, () -> statements.countDuring(() -> keep(operation.get())), floor);
    }

    /** @param operation runs once and returns how many statements it prepared */
    private void measure(String name, Runnable setUp, LongSupplier operation, Runnable floor) {
        for (int i = 0; i < warmUp; i++) {
            setUp.run();
            keep(operation.getAsLong());
            floor.run();
        }
        double[] times = new double[iterations];
        double[] cpuTimes = new double[iterations];
        double[] floorTimes = new double[iterations];
        long statementCount = 0;
        for (int i = 0; i < iterations; i++) {
            setUp.run();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            statementCount = operation.getAsLong();
            times[i] = (System.nanoTime() - start) / 1e6;
            cpuTimes[i] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6;
            start = System.nanoTime();
            floor.run();
            floorTimes[i] = (System.nanoTime() - start) / 1e6;
        }
        System.out.println(String.format(
                Locale.ROOT,
                "bench %s p50_ms=%.1f p95_ms=%.1f statements=%d floor_p50_ms=%.1f",
                name,
                percentile(times, 50),
                percentile(times, 95),
                statementCount,
                percentile(floorTimes, 50)));
        // The CPU time of this thread alone: the application's own work (not the database's, nor
        // waiting for a core), which a machine busy with other work hardly changes.
        System.out.println(String.format(
                Locale.ROOT,
                "bench %s_jvm_cpu p50_ms=%.1f p95_ms=%.1f",
                name,
                percentile(cpuTimes, 50),
                percentile(cpuTimes, 95)));
    }

    static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /** Where results go so that the JIT cannot drop the work that made them. */
    private static volatile Object kept;

    private static void keep(Object result) {
        kept = result;
    }
}
