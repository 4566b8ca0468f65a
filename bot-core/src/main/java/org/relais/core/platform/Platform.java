package org.relais.core.platform;

/** A running platform adapter: it says how it is doing, and it stops cleanly, leaving no thread behind. */
public interface Platform extends AutoCloseable {

    PlatformStatus status();

    /** Stops receiving, finishes what is in hand, closes its threads and connections. */
    @Override
    void close();
}
