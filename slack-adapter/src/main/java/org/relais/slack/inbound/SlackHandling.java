package org.relais.slack.inbound;

import java.time.Duration;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.relais.core.chat.Response;
import org.relais.core.engine.Engine;
import org.relais.slack.outbound.SlackResponder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens to a request once Slack has its acknowledgement: read it (which may ask Slack who the
 * person is), let the engine handle it (one transaction, idempotent on the delivery id: Slack sends
 * an event again when it doubts it arrived), and hand the replies to the responder; one person at a
 * time ({@link SerialWork}). No new request is taken while the sender has much left to send, so that
 * a shutdown can deliver what was decided.
 */
public final class SlackHandling implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SlackHandling.class);
    /** A few seconds of Slack's pace: what a shutdown can still send. */
    static final int MAX_PENDING = 20;
    private static final Duration MAX_WAIT = Duration.ofSeconds(10);

    private final Engine engine;
    private final SlackResponder responder;
    private final SerialWork work;
    private final IntSupplier pendingMessages;

    public SlackHandling(Engine engine, SlackResponder responder, SerialWork work, IntSupplier pendingMessages) {
        this.engine = engine;
        this.responder = responder;
        this.work = work;
        this.pendingMessages = pendingMessages;
    }

    /** Queues the reading and handling of {@code userId}'s request; never blocks, never throws. */
    public void later(String userId, Supplier<Optional<SlackInbound>> read) {
        if (userId == null || !work.submit(userId, () -> handle(read))) {
            LOG.debug("a Slack request was not queued (no user, or shutting down)");
        }
    }

    private void handle(Supplier<Optional<SlackInbound>> read) {
        Optional<SlackInbound> inbound = read.get();
        if (inbound.isEmpty()) {
            return;
        }
        awaitRoom();
        SlackInbound in = inbound.get();
        Response response = engine.handle(in.event());
        if (!response.isEmpty()) {
            responder.send(in.event().origin().key().userId(), response, in.reach());
        }
    }

    private void awaitRoom() {
        long deadline = System.nanoTime() + MAX_WAIT.toNanos();
        try {
            while (pendingMessages.getAsInt() > MAX_PENDING && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Lets what was acknowledged finish (bounded). */
    @Override
    public void close() {
        work.close();
    }
}
