package org.relais.telegram.inbound;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.relais.core.chat.Event;
import org.relais.core.chat.Response;
import org.relais.core.engine.Engine;
import org.relais.core.flows.Commands;
import org.relais.core.flows.coordination.CoordinatorCommand;
import org.relais.core.i18n.Language;
import org.relais.core.metrics.Meters;
import org.relais.core.receive.FloodNotes;
import org.relais.core.receive.PersonQueues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * One update, from either transport (long polling or webhook): read it, queue it behind the same
 * person's earlier ones ({@link PersonQueues}), let the engine handle it (one transaction,
 * idempotent on {@code update_id}) and hand the replies over for sending. Nobody waits for someone
 * else: different people's updates are handled alongside, on a bounded pool; one person's in order,
 * so their replies reach the sender, and so Telegram, in the order the engine saved them. A person
 * whose queue is full is told to slow down ({@link FloodNotes}), and only their update is skipped.
 * Never throws: a bad update must not stop the updates after it.
 */
public final class UpdateHandler implements LongPoller.Dispatch, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(UpdateHandler.class);
    /** How long a webhook request waits for its update to be handled (Telegram waits about a minute). */
    static final Duration WEBHOOK_WAIT = Duration.ofSeconds(20);
    private static final String PLATFORM = "telegram";

    private final UpdateTranslator translator;
    private final Runnable coordinatorsChanged;
    private final Engine engine;
    private final Replies replies;
    private final PersonQueues queues;
    private final FloodNotes notes = new FloodNotes();

    /**
     * @param queues where updates wait; closed with this handler
     * @param coordinatorsChanged run after a coordinator was granted or removed (the menus follow)
     */
    public UpdateHandler(UpdateTranslator translator, Engine engine, Replies replies, PersonQueues queues,
            Runnable coordinatorsChanged) {
        this.coordinatorsChanged = coordinatorsChanged;
        this.translator = translator;
        this.engine = engine;
        this.replies = replies;
        this.queues = queues;
    }

    /**
     * Queues the update; {@code done} runs once it was handled or skipped (long polling then confirms
     * it). Returns false, without running {@code done}, when closing: the update is left unconfirmed,
     * for Telegram to deliver again at the next start.
     */
    @Override
    public boolean dispatch(Update update, Runnable done) {
        long arrived = System.nanoTime();
        Optional<Inbound> inbound;
        try {
            inbound = translator.read(update);
        } catch (RuntimeException bug) {
            LOG.error("update {} could not be read", update.getUpdateId(), bug);
            done.run();
            return true;
        }
        if (inbound.isEmpty()) {
            LOG.debug("update {} skipped", update.getUpdateId());
            done.run();
            return true;
        }
        Inbound in = inbound.get();
        String who = in.event().map(e -> e.origin().key().userId()).orElse(in.reach().destination().chatId());
        PersonQueues.Admission admission = queues.submit(who, () -> {
            try {
                handle(update.getUpdateId(), in, arrived);
            } finally {
                done.run();
            }
        });
        switch (admission) {
            case TAKEN:
                return true;
            case FULL:
                skip(update.getUpdateId(), who, in);
                done.run();
                return true;
            default:
                return false;
        }
    }

    /** Dispatches and waits until the update was handled (a webhook answers 200 only then), within a bound. */
    public void handle(Update update) {
        CountDownLatch handled = new CountDownLatch(1);
        if (!dispatch(update, handled::countDown)) {
            return;
        }
        try {
            if (!handled.await(WEBHOOK_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("update {} is still waiting to be handled after {} s", update.getUpdateId(), WEBHOOK_WAIT.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether polling for more may go on: the queues are far from full. */
    @Override
    public boolean hasRoom() {
        return queues.hasRoom();
    }

    private void handle(int updateId, Inbound in, long arrived) {
        try {
            Response response = in.event().map(engine::handle).orElse(Response.NONE);
            Replies.Sending sending = replies.send(response, in.reach());
            sending.acknowledged().thenAccept(made -> {
                if (made) {
                    Meters.acknowledged(PLATFORM, System.nanoTime() - arrived);
                }
            });
            sending.delivered().thenAccept(made -> {
                if (made) {
                    Meters.answered(PLATFORM, System.nanoTime() - arrived);
                }
            });
            if (in.event().filter(UpdateHandler::aboutCoordinators).isPresent()) {
                coordinatorsChanged.run();
            }
        } catch (RuntimeException | StackOverflowError bug) {
            LOG.error("update {} could not be handled", updateId, bug);
        }
    }

    /** The person's queue is full: only this update is skipped, and they hear why (a button stops spinning). */
    private void skip(int updateId, String who, Inbound in) {
        LOG.debug("update {} skipped: {}'s queue is full", updateId, who);
        Language language = in.event().flatMap(e -> e.origin().languageHint()).flatMap(Language::fromTag)
                .orElse(engine.defaultLanguage());
        try {
            replies.send(notes.skipped(who, language, System.nanoTime()), in.reach());
        } catch (RuntimeException bug) {
            LOG.warn("the slow-down note for update {} could not be sent", updateId, bug);
        }
    }

    /** A coordinator granted or removed, by command or by the panel's remove button. */
    private static boolean aboutCoordinators(Event event) {
        if (event instanceof Event.Command command) {
            return Commands.COORDINATOR.names().contains(command.name()) && !command.args().isBlank();
        }
        return event instanceof Event.ButtonPressed pressed && pressed.payload().startsWith(CoordinatorCommand.REMOVE);
    }

    /** Lets the queued updates finish (bounded), then stops the handler threads. */
    @Override
    public void close() {
        queues.close();
    }
}
