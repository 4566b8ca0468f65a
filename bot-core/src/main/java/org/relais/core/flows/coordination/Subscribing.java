package org.relais.core.flows.coordination;

import java.time.Instant;
import java.util.Optional;
import org.relais.core.chat.ConversationKey;
import org.relais.core.port.ChatMembership;
import org.relais.core.port.Subscription;
import org.relais.core.port.Tx;

/**
 * Subscribing and unsubscribing one chat, the same from the chat itself or from a private list: a
 * Telegram channel needs the bot as an administrator (only administrators post there); a chat the bot
 * left cannot be subscribed.
 */
final class Subscribing {
    private Subscribing() {}

    /** @return the message key of the outcome */
    static String subscribe(Tx tx, ChatRef chat, ConversationKey by, Instant now) {
        Optional<ChatMembership> known = tx.chats().find(chat.platform(), chat.chatId());
        if (known.isPresent() && !known.get().present()) {
            return "subscribe.gone";
        }
        if (known.isPresent() && chat.platform().equals("telegram") && known.get().chatType().equals("channel")
                && !known.get().status().equals("administrator")) {
            return "subscribe.needs_admin";
        }
        return tx.subscriptions().subscribe(new Subscription(chat.platform(), chat.chatId(), by, now))
                ? "subscribe.done" : "subscribe.already";
    }

    static String unsubscribe(Tx tx, ChatRef chat) {
        return tx.subscriptions().unsubscribe(chat.platform(), chat.chatId()) ? "unsubscribe.done" : "unsubscribe.not_subscribed";
    }

    /** The chat's name as last known, else its id. */
    static String title(Tx tx, ChatRef chat) {
        return tx.chats().find(chat.platform(), chat.chatId()).map(ChatMembership::title).filter(t -> !t.isBlank())
                .orElse(chat.chatId());
    }
}
