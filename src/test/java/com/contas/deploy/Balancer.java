package com.contas.deploy;

import com.contas.testsupport.FreePort;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Debian's HAProxy running the checked-in {@code deploy/haproxy.cfg}, in the foreground, with the
 * two instances' addresses from the environment as the file expects them.
 */
final class Balancer implements AutoCloseable {

    final int port = FreePort.next();
    private final Process process;

    Balancer(Instance app1, Instance app2, Path log) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(
                        "haproxy", "-db", "-f", Path.of("deploy", "haproxy.cfg").toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("LB_BIND", "127.0.0.1:" + port);
        builder.environment().put("APP1_ADDR", app1.address());
        builder.environment().put("APP1_MGMT_PORT", Integer.toString(app1.managementPort));
        builder.environment().put("APP2_ADDR", app2.address());
        builder.environment().put("APP2_MGMT_PORT", Integer.toString(app2.managementPort));
        process = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        for (int i = 0; i < 100; i++) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("haproxy exited: " + process.exitValue());
                }
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("haproxy does not listen on " + port);
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
