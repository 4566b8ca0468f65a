package org.relais.core.port;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import org.relais.core.chat.Reply;

/**
 * Sends to a chat outside any conversation: a broadcast's announcements, and its progress in the
 * coordinator's chat. Each platform adapter gives one, which goes through its paced sender, so a
 * broadcast keeps the platform's flood limits like every other message.
 */
public interface Messenger {

    /** The platform's name, as in {@link org.relais.core.chat.ConversationKey#platform()}. */
    String platform();

    /**
     * Posts {@code reply} in {@code chatId}. {@code claim} is asked on the sending thread right before
     * each attempt (again after a 429): when it answers false nothing is sent, and the future completes
     * empty. Otherwise it completes with the new message's id, or exceptionally with an
     * {@link Undelivered}.
     */
    CompletableFuture<Optional<String>> post(String chatId, Reply reply, BooleanSupplier claim);

    /** Replaces the text and buttons of a message the bot sent; completes exceptionally with an {@link Undelivered}. */
    CompletableFuture<Void> edit(String chatId, String messageId, Reply reply);
}
