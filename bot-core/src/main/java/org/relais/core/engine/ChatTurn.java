package org.relais.core.engine;

import java.time.Instant;
import org.relais.core.chat.ConversationKey;
import org.relais.core.chat.Event;
import org.relais.core.i18n.Language;
import org.relais.core.i18n.Messages;
import org.relais.core.port.Tx;

/**
 * What a command typed in a group or a channel may use: who typed it, the chat, the open
 * transaction and the clock. There is no conversation in a group: nothing to load or save.
 */
public final class ChatTurn {
    private final Event.ChatCommand command;
    private final Language language;
    private final Tx tx;
    private final Instant now;

    ChatTurn(Event.ChatCommand command, Language language, Tx tx, Instant now) {
        this.command = command;
        this.language = language;
        this.tx = tx;
        this.now = now;
    }

    public ConversationKey person() {
        return command.origin().key();
    }

    public String platform() {
        return person().platform();
    }

    public String chatId() {
        return command.origin().chatId();
    }

    public String chatType() {
        return command.chatType();
    }

    public String title() {
        return command.title();
    }

    public Language language() {
        return language;
    }

    public Tx tx() {
        return tx;
    }

    public Instant now() {
        return now;
    }

    public String t(String key, Object... args) {
        return Messages.get(language, key, args);
    }
}
