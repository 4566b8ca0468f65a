package org.relais.config.serve;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The one HTTP server of {@code relais serve}, on {@code RELAIS_HTTP_PORT}: health, and the
 * platforms' webhooks. The JDK's server: the bot receives a handful of requests a second at most,
 * and it adds no dependency.
 */
final class Server implements AutoCloseable {
    private final HttpServer http;
    private final ExecutorService workers;

    Server(int port) {
        try {
            http = HttpServer.create(new InetSocketAddress(port), 64);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on port " + port + ": " + e.getMessage(), e);
        }
        workers = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "relais-http");
            thread.setDaemon(true);
            return thread;
        });
        http.setExecutor(workers);
    }

    void route(String path, HttpHandler handler) {
        http.createContext(path, handler);
    }

    void start() {
        http.start();
    }

    int port() {
        return http.getAddress().getPort();
    }

    @Override
    public void close() {
        http.stop(1);
        workers.shutdown();
        try {
            workers.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
