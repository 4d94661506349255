package com.contas.deploy;

import com.contas.testsupport.FreePort;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One Contas process as an operator runs it: the production jar, the {@code postgres} profile, the
 * database from the environment, an app port and a management port of its own. Its output goes to
 * {@code <name>.log} in the test's directory.
 */
final class Instance implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    final String name;
    final int appPort;
    final int managementPort;
    private final Path jar;
    private final String databaseUrl;
    private final Path dir;
    private Process process;
    private int starts;

    Instance(String name, Path jar, String databaseUrl, Path dir) {
        this.name = name;
        this.jar = jar;
        this.databaseUrl = databaseUrl;
        this.dir = dir;
        this.appPort = FreePort.next();
        this.managementPort = FreePort.next();
    }

    String address() {
        return "127.0.0.1:" + appPort;
    }

    Path log() {
        return dir.resolve(name + "-" + starts + ".log");
    }

    /** Starts the jar with the given extra arguments (Spring properties as {@code --key=value}). */
    void start(List<String> arguments) throws IOException {
        if (running()) {
            throw new IllegalStateException(name + " is running");
        }
        starts++;
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m",
                "-XX:+UseSerialGC",
                "-jar",
                jar.toString(),
                "--server.port=" + appPort,
                "--management.server.port=" + managementPort));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log().toFile());
        builder.environment().put("SPRING_PROFILES_ACTIVE", "postgres");
        builder.environment().put("DB_URL", databaseUrl);
        builder.environment().put("DB_USER", "postgres");
        process = builder.start();
        Process started = process;
        // Whatever ends this JVM, no instance outlives it.
        Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
    }

    boolean running() {
        return process != null && process.isAlive();
    }

    /** The readiness endpoint's status: 200 serving, 404 draining, 503 not able to serve, -1 no answer. */
    int readiness() {
        return status("GET", "/actuator/health/readiness");
    }

    int status(String method, String path) {
        try {
            return HTTP.send(management(method, path), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    String body(String method, String path) throws IOException, InterruptedException {
        return HTTP.send(management(method, path), HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private HttpRequest management(String method, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + path))
                .timeout(Duration.ofSeconds(5))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
    }

    /** Waits until readiness answers 200; fails with the end of the log if the process dies or time runs out. */
    Duration awaitReady(Duration limit) throws IOException, InterruptedException {
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!running()) {
                throw new IllegalStateException(name + " exited (" + process.exitValue() + "):\n" + tail());
            }
            if (readiness() == 200) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(name + " not ready after " + limit + ":\n" + tail());
    }

    /** {@code kill -9}: no shutdown hook, no goodbye to the browsers or the database. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** {@code kill} (SIGTERM): a graceful stop; returns how long it took. */
    Duration stop() throws InterruptedException {
        long start = System.nanoTime();
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
            throw new IllegalStateException(name + " did not stop within 60 s of SIGTERM");
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    String tail() throws IOException {
        List<String> lines = Files.readAllLines(log());
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    @Override
    public void close() throws InterruptedException {
        if (running()) {
            kill();
        }
    }
}
