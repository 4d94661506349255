package com.contas.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy on 127.0.0.1 in front of a server, for tests of a half-open connection: {@link
 * #stall()} makes the connections open at that moment stop forwarding bytes in both directions
 * while both of their sockets stay open (what a dead network path or a frozen server looks like to
 * a client, unlike a clean close). Connections made after it forward normally.
 */
public final class StallingProxy implements AutoCloseable {

    private final String targetHost;
    private final int targetPort;
    private final ServerSocket server;
    private final List<Link> links = new CopyOnWriteArrayList<>();
    private volatile boolean open = true;

    public StallingProxy(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        daemon("stalling-proxy-accept", this::accept).start();
    }

    /** A proxy in front of the PostgreSQL server of a JDBC URL. */
    public static StallingProxy before(String jdbcUrl) throws IOException {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        return new StallingProxy(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort());
    }

    /** The same JDBC URL, through this proxy. */
    public String through(String jdbcUrl) {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        String authority = uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        return jdbcUrl.replaceFirst(java.util.regex.Pattern.quote(authority), "127.0.0.1:" + server.getLocalPort());
    }

    /** How many connections have been made through the proxy. */
    public int connections() {
        return links.size();
    }

    /** Stops forwarding on every connection open now; their sockets stay open. */
    public void stall() {
        links.forEach(link -> link.stalled = true);
    }

    /** Forwards again, held bytes first. */
    public void resume() {
        for (Link link : links) {
            synchronized (link) {
                link.stalled = false;
                link.notifyAll();
            }
        }
    }

    private void accept() {
        while (open) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket(targetHost, targetPort);
                Link link = new Link(client, upstream);
                links.add(link);
                daemon("stalling-proxy-up", () -> pump(link, client, upstream)).start();
                daemon("stalling-proxy-down", () -> pump(link, upstream, client))
                        .start();
            } catch (IOException e) {
                if (open) {
                    System.err.println("Proxy could not accept: " + e.getMessage());
                }
            }
        }
    }

    private static void pump(Link link, Socket from, Socket to) {
        byte[] buffer = new byte[8192];
        try (InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                synchronized (link) {
                    while (link.stalled) {
                        link.wait();
                    }
                }
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException e) {
            // one side closed: close the other below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            link.close();
        }
    }

    private static Thread daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        return thread;
    }

    @Override
    public void close() throws IOException {
        open = false;
        server.close();
        resume();
        links.forEach(Link::close);
    }

    private static final class Link {
        final Socket client;
        final Socket upstream;
        volatile boolean stalled;

        Link(Socket client, Socket upstream) {
            this.client = client;
            this.upstream = upstream;
        }

        void close() {
            try {
                client.close();
                upstream.close();
            } catch (IOException e) {
                // already closed
            }
        }
    }
}
