package org.relais.telegram.inbound;

import org.relais.core.chat.Response;

/** Where the engine's answer to an update goes: to Telegram, through the sender, in production. */
@FunctionalInterface
public interface Replies {

    /** Hands the replies over for sending, in order; must not block for long. */
    void send(Response response, Reach reach);
}
