package org.relais.slack.fake;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The JDK's HTTP server on an ephemeral loopback port, with daemon threads only: its dispatcher is started from a
 * daemon thread (a thread inherits that status), its handlers run on a daemon pool.
 *
 * <p>The JDK server writes an answer's headers and body separately; without {@code TCP_NODELAY}, Nagle's algorithm
 * and the client's delayed ACK add some 40 ms to every call. The server reads its {@code sun.net.httpserver.nodelay}
 * property once, when first used in the JVM: it is set here unless set already.
 */
final class LoopbackServer implements AutoCloseable {

    static {
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService workers;

    LoopbackServer(String host, HttpHandler handler) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(host), 0), 100);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind the fake Slack server", e);
        }
        workers = Executors.newCachedThreadPool(daemonThreads());
        server.createContext("/", handler);
        server.setExecutor(workers);
        Thread starter = new Thread(server::start, "fake-slack-start");
        starter.setDaemon(true);
        starter.start();
        try {
            starter.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the fake Slack server", e);
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "fake-slack-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
