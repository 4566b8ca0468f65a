package org.relais.telegram.inbound;

import java.time.Duration;
import java.util.Optional;
import java.util.function.IntSupplier;
import org.relais.core.chat.Event;
import org.relais.core.chat.Response;
import org.relais.core.engine.Engine;
import org.relais.core.flows.Commands;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * One update, from either transport (long polling or webhook): read it, let the engine handle it
 * (one transaction, idempotent on {@code update_id}), hand the replies over for sending. Never
 * throws: a bad update must not stop the updates after it.
 *
 * <p>One person's updates are handled one at a time (the webhook's server handles requests in
 * parallel): their replies then reach the sender, and so Telegram, in the order the engine saved
 * them, and an edited message never shows an older state than the stored one. And no update is
 * taken while the sender has much left to send, so that a shutdown can deliver what was decided.
 */
public final class UpdateHandler {
    private static final Logger LOG = LoggerFactory.getLogger(UpdateHandler.class);
    /** About two seconds of Telegram's pace: what a shutdown can still send. */
    static final int MAX_PENDING = 60;
    private static final Duration MAX_WAIT = Duration.ofSeconds(10);
    private static final int STRIPES = 64;

    private final UpdateTranslator translator;
    private final Runnable coordinatorsChanged;
    private final Engine engine;
    private final Replies replies;
    private final IntSupplier pendingMessages;
    private final Object[] stripes = new Object[STRIPES];

    /** @param pendingMessages how many messages the sender has yet to send */
    public UpdateHandler(UpdateTranslator translator, Engine engine, Replies replies, IntSupplier pendingMessages) {
        this(translator, engine, replies, pendingMessages, () -> { });
    }

    /** @param coordinatorsChanged run after a {@code /coordinateur} command was handled (the menus follow) */
    public UpdateHandler(UpdateTranslator translator, Engine engine, Replies replies, IntSupplier pendingMessages,
            Runnable coordinatorsChanged) {
        this.coordinatorsChanged = coordinatorsChanged;
        this.translator = translator;
        this.engine = engine;
        this.replies = replies;
        this.pendingMessages = pendingMessages;
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new Object();
        }
    }

    public void handle(Update update) {
        try {
            Optional<Inbound> inbound = translator.read(update);
            if (inbound.isEmpty()) {
                LOG.debug("update {} skipped", update.getUpdateId());
                return;
            }
            awaitRoom();
            String who = inbound.get().event().map(e -> e.origin().key().userId()).orElse(inbound.get().reach().destination().chatId());
            synchronized (stripes[Math.floorMod(who.hashCode(), STRIPES)]) {
                Response response = inbound.get().event().map(engine::handle).orElse(Response.NONE);
                replies.send(response, inbound.get().reach());
            }
            if (inbound.get().event().filter(UpdateHandler::aboutCoordinators).isPresent()) {
                coordinatorsChanged.run();
            }
        } catch (Throwable bug) {
            LOG.error("update {} could not be handled", update.getUpdateId(), bug);
            if (bug instanceof Error error && !(bug instanceof StackOverflowError)) {
                throw error;
            }
        }
    }

    private static boolean aboutCoordinators(Event event) {
        return event instanceof Event.Command command && Commands.COORDINATOR.names().contains(command.name())
                && !command.args().isBlank();
    }

    private void awaitRoom() throws InterruptedException {
        long deadline = System.nanoTime() + MAX_WAIT.toNanos();
        while (pendingMessages.getAsInt() > MAX_PENDING && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }
}
