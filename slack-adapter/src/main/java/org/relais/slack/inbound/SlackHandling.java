package org.relais.slack.inbound;

import java.util.Optional;
import java.util.function.Supplier;
import org.relais.core.chat.Response;
import org.relais.core.engine.Engine;
import org.relais.core.metrics.Meters;
import org.relais.core.receive.PersonQueues;
import org.relais.slack.outbound.SlackResponder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens to a request once Slack has its acknowledgement: read it (which may ask Slack who the
 * person is), let the engine handle it (one transaction, idempotent on the delivery id: Slack sends
 * an event again when it doubts it arrived), and hand the replies to the responder. One person's
 * requests one after the other, other people's alongside ({@link PersonQueues}): nobody waits for
 * someone else, and a person whose queue is full loses only their own request.
 */
public final class SlackHandling implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SlackHandling.class);

    private final Engine engine;
    private final SlackResponder responder;
    private final PersonQueues queues;

    public SlackHandling(Engine engine, SlackResponder responder, PersonQueues queues) {
        this.engine = engine;
        this.responder = responder;
        this.queues = queues;
    }

    /** Queues the reading and handling of {@code userId}'s request; never blocks, never throws. */
    public void later(String userId, Supplier<Optional<SlackInbound>> read) {
        if (userId == null) {
            LOG.debug("a Slack request without a user was not queued");
            return;
        }
        long arrived = System.nanoTime();
        PersonQueues.Admission admission = queues.submit(userId, () -> handle(read, arrived));
        if (admission != PersonQueues.Admission.TAKEN) {
            LOG.debug("a Slack request of {} was not queued ({})", userId, admission);
        }
    }

    private void handle(Supplier<Optional<SlackInbound>> read, long arrived) {
        Optional<SlackInbound> inbound = read.get();
        if (inbound.isEmpty()) {
            return;
        }
        SlackInbound in = inbound.get();
        Response response = engine.handle(in.event());
        if (!response.isEmpty()) {
            responder.send(in.event().origin().key().userId(), response, in.reach())
                    .thenAccept(made -> {
                        if (made) {
                            Meters.answered("slack", System.nanoTime() - arrived);
                        }
                    });
        }
    }

    /** Lets what was acknowledged finish (bounded). */
    @Override
    public void close() {
        queues.close();
    }
}
