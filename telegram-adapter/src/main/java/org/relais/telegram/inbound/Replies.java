package org.relais.telegram.inbound;

import java.util.concurrent.CompletableFuture;
import org.relais.core.chat.Response;

/** Where the engine's answer to an update goes: to Telegram, through the sender, in production. */
@FunctionalInterface
public interface Replies {

    /** Hands the replies over for sending, in order; must not block for long. */
    Sending send(Response response, Reach reach);

    /**
     * How the handing over goes on; each future completes (never exceptionally) once Telegram took,
     * or finally refused, that part.
     *
     * @param acknowledged the button's acknowledgement (answerCallbackQuery), if there is one to make
     * @param delivered the last message of the answer, if there is one
     */
    record Sending(CompletableFuture<Boolean> acknowledged, CompletableFuture<Boolean> delivered) {
        /** Nothing to wait for. */
        public static final Sending NOTHING = new Sending(CompletableFuture.completedFuture(false),
                CompletableFuture.completedFuture(false));
    }
}
