package org.relais.core.testing.loopback;

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
 * The JDK's HTTP server on an ephemeral loopback port, with daemon threads only, for the fakes of platform APIs
 * (shared so that each fake does not carry its own copy). Its dispatcher is started from a daemon thread (a thread
 * inherits that status), its handlers run on a daemon pool; the pool's threads are named {@code NAME-1},
 * {@code NAME-2}… so that tests can tell the fake's threads apart.
 *
 * <p>The JDK server writes an answer's headers and body separately; without {@code TCP_NODELAY}, Nagle's algorithm
 * and the client's delayed ACK add some 40 ms to every call. The server reads its {@code sun.net.httpserver.nodelay}
 * property once, when first used in the JVM: it is set here unless set already.
 */
public final class LoopbackServer implements AutoCloseable {

    static {
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final String host;
    private final HttpServer server;
    private final ExecutorService workers;

    /**
     * Binds and starts a server handling every path with {@code handler}.
     *
     * @param name the prefix of its threads' names, such as {@code fake-telegram}
     * @param host the loopback address to bind, such as {@code 127.0.0.1}
     * @throws UncheckedIOException if it cannot bind
     */
    public LoopbackServer(String name, String host, HttpHandler handler) {
        this.host = host;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(host), 0), 100);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind the loopback server " + name, e);
        }
        workers = Executors.newCachedThreadPool(daemonThreads(name));
        server.createContext("/", handler);
        server.setExecutor(workers);
        Thread starter = new Thread(server::start, name + "-start");
        starter.setDaemon(true);
        starter.start();
        try {
            starter.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the loopback server " + name, e);
        }
    }

    /** The ephemeral port it listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Its base URL, {@code http://HOST:PORT}. */
    public String url() {
        return "http://" + host + ":" + port();
    }

    /** Stops the server at once and its threads. */
    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
