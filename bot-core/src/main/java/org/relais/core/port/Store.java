package org.relais.core.port;

import java.util.function.Function;

/**
 * Transactions over the bot's data. The engine runs each event in one: load the conversation, apply
 * the event, save it with the delivery id, commit; only then are the replies sent.
 */
public interface Store {

    /**
     * Runs {@code work} in one transaction and commits it, or rolls it back if it throws.
     *
     * @throws StoreConflictException when a concurrent transaction changed the same rows; the caller
     *     may run the whole work again
     */
    <T> T inTransaction(Function<Tx, T> work);
}
