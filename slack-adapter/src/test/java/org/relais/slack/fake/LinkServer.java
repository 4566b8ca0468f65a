package org.relais.slack.fake;

import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Java-WebSocket's server on an ephemeral loopback port, with daemon threads, passing what happens to its
 * {@link FakeSocketMode}. {@link #shutdown()} stops it and waits for its threads to end.
 */
final class LinkServer extends WebSocketServer {

    private final FakeSocketMode owner;
    private final CountDownLatch started = new CountDownLatch(1);
    private volatile Exception failure;

    LinkServer(FakeSocketMode owner) {
        super(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        this.owner = owner;
        setDaemon(true);
        setReuseAddr(true);
        setTcpNoDelay(true);
        setConnectionLostTimeout(0);
    }

    /** Starts the server and waits until it listens. */
    void startAndWait() {
        start();
        try {
            if (!started.await(10, TimeUnit.SECONDS) || failure != null) {
                shutdown();
                throw new UncheckedIOException("cannot start the fake Socket Mode server",
                        new java.io.IOException(failure));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the fake Socket Mode server", e);
        }
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onOpen(WebSocket connection, ClientHandshake handshake) {
        owner.opened(connection, handshake.getResourceDescriptor());
    }

    @Override
    public void onClose(WebSocket connection, int code, String reason, boolean remote) {
        owner.closed(connection);
    }

    @Override
    public void onMessage(WebSocket connection, String message) {
        owner.received(message);
    }

    @Override
    public void onError(WebSocket connection, Exception error) {
        if (connection == null) {
            failure = error;
            started.countDown();
        }
    }

    /** Stops the server and waits (boundedly) for its selector and worker threads to end. */
    void shutdown() {
        try {
            stop(1000);
            for (Thread worker : decoders) {
                worker.interrupt();
                worker.join(1000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
