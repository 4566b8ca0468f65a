package org.relais.core.platform;

import org.relais.core.port.Messenger;

/** A running platform adapter: it says how it is doing, and it stops cleanly, leaving no thread behind. */
public interface Platform extends AutoCloseable {

    PlatformStatus status();

    /** How broadcasts reach this platform's chats, through its paced sender. */
    Messenger messenger();

    /** Stops receiving, finishes what is in hand, closes its threads and connections. */
    @Override
    void close();
}
