package com.contas.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The load generator's runs against a running app ({@code ./mvnw -Pload test}, see the README's
 * "Capacity"). Virtual users speak Vaadin's protocol ({@link VaadinClient}) and verify every action
 * from the server's answer ({@link ContasUser}). The generator runs on the same machine as the app:
 * its CPU is printed beside the app's.
 *
 * <p>System properties: {@code contas.load.url} (required), {@code contas.load.mode}
 * ({@code smoke}, {@code ramp}, {@code sessions}, {@code soak}), {@code contas.load.users},
 * {@code contas.load.duration} (seconds per step), {@code contas.load.ramp} (users per step),
 * {@code contas.load.thinkMs}, {@code contas.load.user} / {@code contas.load.password},
 * {@code contas.load.push} (default true), {@code contas.load.jmx} (host:port of the app's JMX),
 * {@code contas.load.sessions}.
 */
@Tag("load")
class LoadTest {

    private final String url = System.getProperty("contas.load.url", "");
    private final String mode = System.getProperty("contas.load.mode", "smoke");
    private final int users = Integer.getInteger("contas.load.users", 20);
    private final int duration = Integer.getInteger("contas.load.duration", 30);
    private final long thinkMs = Long.getLong("contas.load.thinkMs", 3000);
    private final String username = System.getProperty("contas.load.user", "user");
    private final String password = System.getProperty("contas.load.password", "user1234");
    private final boolean push = Boolean.parseBoolean(System.getProperty("contas.load.push", "true"));
    private final String jmx = System.getProperty("contas.load.jmx", "");

    @Test
    void load() throws Exception {
        assertThat(url).as("-Dcontas.load.url=http://127.0.0.1:<port>").isNotBlank();
        System.out.println("load: " + mode + " against " + url + "; the generator runs on this machine's "
                + Runtime.getRuntime().availableProcessors() + " cores beside the app; push " + (push ? "on" : "off"));
        switch (mode) {
            case "smoke" -> smoke();
            case "ramp" -> ramp();
            case "sessions" -> sessions();
            case "soak" -> soak();
            default -> throw new IllegalArgumentException("unknown contas.load.mode " + mode);
        }
    }

    /** A short run that must not fail a single action: every user does every action once, then at random. */
    private void smoke() throws Exception {
        Stats stats;
        double elapsed;
        try (AppMonitor monitor = new AppMonitor(jmx);
                LoadRun run = new LoadRun(URI.create(url), username, password, thinkMs, push, true, users)) {
            monitor.next();
            long start = System.nanoTime();
            run.growTo(users, Math.min(5_000, duration * 1000L / 3));
            Thread.sleep(duration * 1000L);
            // Every user's tour of all actions is part of the smoke, however slow the machine is today.
            boolean toured = run.awaitTours(Duration.ofSeconds(120));
            elapsed = (System.nanoTime() - start) / 1e9;
            stats = run.stats.get();
            assertThat(toured).as("every user finished its tour of the actions").isTrue();
            report("smoke", users, stats, monitor.next(), Double.NaN);
        }
        System.out.printf(
                Locale.ROOT,
                "bench load_smoke users=%d duration_s=%.0f actions=%d failed=%d%n",
                users,
                elapsed,
                stats.succeeded(),
                stats.failed());
        assertThat(stats.failureReasons()).as("failed actions").isEmpty();
        assertThat(stats.latencies().keySet())
                .as("every action was verified at least once")
                .contains(
                        "sign_in",
                        "open_accounts",
                        "scroll",
                        "search_accounts",
                        "drawer_from_list",
                        "add_note",
                        "open_board",
                        "drop_card",
                        "drawer_from_board",
                        "open_deals",
                        "search_deals");
        if (ContasUser.UNDO) {
            assertThat(stats.latencies()).as("Undo was verified at least once").containsKey("undo");
        }
        if (push) {
            assertThat(stats.latencies()).containsKey("push_connect");
        }
    }

    /** Steps of more and more users; per step its figures, then the knee. */
    private void ramp() throws Exception {
        int[] steps = Arrays.stream(System.getProperty("contas.load.ramp", "10,25,50,100,200,400")
                        .split(","))
                .map(String::trim)
                .mapToInt(Integer::parseInt)
                .toArray();
        List<double[]> results = new ArrayList<>();
        List<String> saturation = new ArrayList<>();
        try (AppMonitor monitor = new AppMonitor(jmx);
                LoadRun run = new LoadRun(
                        URI.create(url), username, password, thinkMs, push, false, steps[steps.length - 1])) {
            System.out.printf(
                    Locale.ROOT,
                    "bench load_setup app_jmx=%s pool_mbeans=%s heap_max_mb=%.0f%n",
                    monitor.connected(),
                    monitor.hasPool(),
                    monitor.maxHeapMb());
            for (int target : steps) {
                run.growTo(target, Math.min(10_000, duration * 1000L / 3));
                // The step is measured once its users are in.
                run.stats.set(new Stats());
                monitor.next();
                Thread.sleep(duration * 1000L);
                Stats stats = run.stats.get();
                AppMonitor.Window window = monitor.next();
                double heap = monitor.heapAfterGcMb();
                double[] row = report("step", target, stats, window, heap);
                results.add(row);
                saturation.add(saturation(stats, window));
                System.out.println(
                        "bench load_saturation users=" + target + " " + saturation.get(saturation.size() - 1));
                assertThat(stats.succeeded())
                        .as("actions at " + target + " users")
                        .isPositive();
            }
        }
        int knee = -1;
        for (int i = 0; i < results.size(); i++) {
            double[] r = results.get(i);
            if (r[2] <= 250 && (knee < 0 || r[1] > results.get(knee)[1])) {
                knee = i;
            }
        }
        if (knee < 0) {
            System.out.println("bench load_knee none: p95 was over 250 ms at every step");
            System.out.println(
                    "bench load_saturates_first at_users=" + (int) results.get(0)[0] + " " + saturation.get(0));
        } else {
            double[] r = results.get(knee);
            int next = Math.min(knee + 1, results.size() - 1);
            System.out.printf(
                    Locale.ROOT,
                    "bench load_knee users=%d actions_per_s=%.1f p95_ms=%.0f failed=%d%n",
                    (int) r[0],
                    r[1],
                    r[2],
                    (long) r[3]);
            System.out.println(
                    "bench load_saturates_first at_users=" + (int) results.get(next)[0] + " " + saturation.get(next));
        }
    }

    /** Many open boards, idle, push connected: the heap they hold after a full GC. */
    private void sessions() throws Exception {
        int count = Integer.getInteger("contas.load.sessions", 1000);
        HttpClient http = VaadinClient.sharedHttp(Duration.ofSeconds(60));
        Stats stats = new Stats();
        List<ContasUser> open = new ArrayList<>();
        try (AppMonitor monitor = new AppMonitor(jmx)) {
            double before = monitor.heapAfterGcMb();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<ContasUser>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    ContasUser user = new ContasUser(http, URI.create(url), () -> stats, index);
                    boolean ok = user.act("sign_in", () -> user.signIn(username, password))
                            && user.act("open_board", user::openBoard)
                            && user.act("push_connect", user.client::connectPush);
                    return ok ? user : null;
                }));
            }
            for (Future<ContasUser> f : futures) {
                ContasUser user = f.get();
                if (user != null) {
                    open.add(user);
                }
            }
            pool.shutdown();
            Thread.sleep(5_000);
            long connected = open.stream().filter(u -> u.client.pushConnected()).count();
            double after = monitor.heapAfterGcMb();
            // Proof that the idle boards are live: one move reaches every other board by push.
            open.forEach(u -> u.client.drainPushed());
            ContasUser mover = open.get(0);
            boolean moved = mover.act("drop_card", mover::dropCard);
            long reached = 0;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            for (ContasUser u : open.subList(1, open.size())) {
                long left = Math.max(1, deadline - System.nanoTime());
                if (u.client.awaitPush(Duration.ofNanos(left))) {
                    reached++;
                }
            }
            double[] opens = stats.latencies().getOrDefault("open_board", new double[0]);
            System.out.printf(
                    Locale.ROOT,
                    "bench load_sessions_%d heap_after_gc_mb=%.0f baseline_heap_after_gc_mb=%.0f per_session_kb=%.0f "
                            + "sessions_open=%d push_connected=%d move_reached_boards=%d/%d failed=%d "
                            + "open_board_p95_ms=%.0f%n",
                    count,
                    after,
                    before,
                    (after - before) * 1024 / Math.max(1, open.size()),
                    open.size(),
                    connected,
                    reached,
                    open.size() - 1,
                    stats.failed(),
                    Stats.percentile(opens, 95));
            stats.failureReasons().forEach((k, v) -> System.out.println("bench load_sessions_failure " + v + " " + k));
            assertThat(moved).as("a move on one of the open boards").isTrue();
            assertThat(open).as("sessions open").isNotEmpty();
        } finally {
            open.parallelStream().forEach(ContasUser::close);
        }
    }

    /** One long step at a steady rate; the heap after GC every five minutes. */
    private void soak() throws Exception {
        long minutes = Long.getLong("contas.load.minutes", 30);
        try (AppMonitor monitor = new AppMonitor(jmx);
                LoadRun run = new LoadRun(URI.create(url), username, password, thinkMs, push, false, users)) {
            double start = monitor.heapAfterGcMb();
            run.growTo(users, 10_000);
            Stats total = new Stats();
            for (long m = 5; m <= minutes; m += 5) {
                run.stats.set(new Stats());
                monitor.next();
                Thread.sleep(Math.min(5, minutes) * 60_000L);
                Stats stats = run.stats.get();
                report("soak_minute_" + m, users, stats, monitor.next(), monitor.heapAfterGcMb());
                stats.latencies()
                        .forEach((k, v) -> Arrays.stream(v).forEach(ms -> total.success(k, (long) (ms * 1e6))));
                stats.failureReasons().forEach((k, v) -> {
                    for (long i = 0; i < v; i++) {
                        total.failure("soak", k);
                    }
                });
            }
            System.out.printf(
                    Locale.ROOT,
                    "bench load_soak users=%d minutes=%d actions=%d failed=%d heap_start_mb=%.0f "
                            + "heap_end_mb=%.0f%n",
                    users,
                    minutes,
                    total.succeeded(),
                    total.failed(),
                    start,
                    monitor.heapAfterGcMb());
        }
    }

    /** Prints a step's lines; returns users, actions/s, p95, failed. */
    private double[] report(String name, int stepUsers, Stats stats, AppMonitor.Window window, double heap) {
        double[] all = stats.allLatencies();
        double seconds = name.startsWith("soak") ? 300 : duration;
        double rate = stats.succeeded() / seconds;
        double samples = Math.max(1, window.samples);
        System.out.printf(
                Locale.ROOT,
                "bench load_%s users=%d actions=%d actions_per_s=%.1f p50_ms=%.0f p95_ms=%.0f p99_ms=%.0f failed=%d "
                        + "app_cpu_pct=%.0f generator_cpu_pct=%.0f machine_cpu_pct=%.0f gc_ms=%d heap_after_gc_mb=%.0f "
                        + "pool_active_max=%d pool_waiting_max=%d pool_waiting_avg=%.2f%n",
                name,
                stepUsers,
                stats.succeeded(),
                rate,
                Stats.percentile(all, 50),
                Stats.percentile(all, 95),
                Stats.percentile(all, 99),
                stats.failed(),
                window.appCpuSum / samples,
                window.generatorCpuSum / samples,
                window.machineCpu,
                window.gcMillis,
                heap,
                window.poolActiveMax,
                window.poolWaitingMax,
                window.poolWaitingSum / samples);
        for (Map.Entry<String, double[]> e : stats.latencies().entrySet()) {
            double[] v = e.getValue();
            System.out.printf(
                    Locale.ROOT,
                    "bench load_action users=%d action=%s n=%d p50_ms=%.0f p95_ms=%.0f p99_ms=%.0f%n",
                    stepUsers,
                    e.getKey(),
                    v.length,
                    Stats.percentile(v, 50),
                    Stats.percentile(v, 95),
                    Stats.percentile(v, 99));
        }
        stats.failureReasons()
                .forEach((reason, count) -> System.out.printf(
                        Locale.ROOT, "bench load_failures users=%d count=%d reason=%s%n", stepUsers, count, reason));
        return new double[] {stepUsers, rate, Stats.percentile(all, 95), stats.failed()};
    }

    /** What ran out first at a step, from the samples: the machine's CPU, GC, the pool, or the slowest action. */
    private static String saturation(Stats stats, AppMonitor.Window window) {
        String slowest = stats.latencies().entrySet().stream()
                .max((a, b) -> Double.compare(Stats.percentile(a.getValue(), 95), Stats.percentile(b.getValue(), 95)))
                .map(e -> e.getKey() + " p95_ms=" + Math.round(Stats.percentile(e.getValue(), 95)))
                .orElse("none");
        List<String> signs = new ArrayList<>();
        if (window.machineCpu >= 90) {
            signs.add("cpu (machine " + Math.round(window.machineCpu) + "%, app "
                    + Math.round(window.appCpuSum / Math.max(1, window.samples)) + "%)");
        }
        if (window.poolWaitingMax > 0) {
            signs.add("pool (up to " + window.poolWaitingMax + " threads waiting)");
        }
        if (window.gcMillis > 0.1 * 1000 * Math.max(1, window.samples)) {
            signs.add("gc (" + window.gcMillis + " ms)");
        }
        return (signs.isEmpty() ? "nothing measured saturated" : String.join(", ", signs)) + "; slowest action "
                + slowest;
    }
}
