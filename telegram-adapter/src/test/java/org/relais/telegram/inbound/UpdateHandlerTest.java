package org.relais.telegram.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.relais.core.chat.Response;
import org.relais.core.engine.Engine;
import org.relais.core.flows.RelaisDialog;
import org.relais.core.i18n.Language;
import org.relais.core.memory.InMemoryStore;
import org.relais.core.receive.PersonQueues;
import org.relais.core.testing.Pauses;
import org.relais.core.testing.TestCampaigns;
import org.relais.telegram.fake.FakeTelegram;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * The handler between the two transports and the sender: one person's updates one at a time (so
 * their replies leave in the order the engine decided them), other people's alongside, a flooder's
 * queue bounded with one note, and no failure that stops the updates after it.
 */
class UpdateHandlerTest {
    private static final long MARIE = 6023381147L;
    private static final long LUC = 7011223344L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FakeTelegram fake = FakeTelegram.start();
    private final Engine engine = new Engine(RelaisDialog.create(), new InMemoryStore(), TestCampaigns::standard,
            Clock.systemUTC(), Language.FR);
    private final List<String> sent = new CopyOnWriteArrayList<>();
    private final AtomicInteger updateIds = new AtomicInteger(500);
    private UpdateHandler handler;

    @AfterEach
    void close() {
        if (handler != null) {
            handler.close();
        }
        fake.close();
    }

    private Update text(long userId, String text) throws Exception {
        ObjectNode update = fake.updates().privateText(userId, "fr", text).put("update_id", updateIds.incrementAndGet());
        return JSON.treeToValue(update, Update.class);
    }

    private Update press(long userId, String data) throws Exception {
        ObjectNode update = fake.updates().inaccessibleCallback(userId, "en", 1, data).put("update_id", updateIds.incrementAndGet());
        return JSON.treeToValue(update, Update.class);
    }

    /** A handler whose replies go to {@code sink}, as if Telegram took them at once. */
    private UpdateHandler handler(BiConsumer<Response, Reach> sink, int perPerson) {
        Replies replies = (response, reach) -> {
            sink.accept(response, reach);
            return Replies.Sending.NOTHING;
        };
        handler = new UpdateHandler(new UpdateTranslator("relais_bot"), engine, replies,
                new PersonQueues("test", 4, perPerson, 1000, Duration.ofSeconds(2)), () -> { });
        return handler;
    }

    @Test
    void aPersonsSecondUpdateWaitsForTheFirstButOthersDoNot() throws Exception {
        CountDownLatch firstInSink = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch all = new CountDownLatch(3);
        UpdateHandler handler = handler((response, reach) -> {
            String who = reach.destination().chatId();
            if (sent.isEmpty()) {
                sent.add(who + ":first");
                firstInSink.countDown();
                Pauses.await(release);
            } else {
                sent.add(who);
            }
        }, 20);
        assertThat(handler.dispatch(text(MARIE, "/start"), all::countDown)).isTrue();
        assertThat(firstInSink.await(10, TimeUnit.SECONDS)).isTrue();
        handler.dispatch(text(MARIE, "/aide"), all::countDown);
        handler.dispatch(text(LUC, "/start"), all::countDown);
        Pauses.until(() -> sent.size() == 2);
        Thread.sleep(200);
        assertThat(sent).as("Luc is answered; Marie's second update waits for her first")
                .containsExactly(MARIE + ":first", Long.toString(LUC));
        release.countDown();
        assertThat(all.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(sent).containsExactly(MARIE + ":first", Long.toString(LUC), Long.toString(MARIE));
    }

    @Test
    void aFloodersQueueIsBoundedTheyGetOneNoteAndEveryPressStopsSpinningWhileOthersAreAnswered() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<Response> toMarie = new CopyOnWriteArrayList<>();
        List<Response> skipped = new CopyOnWriteArrayList<>();
        AtomicInteger done = new AtomicInteger();
        UpdateHandler handler = handler((response, reach) -> {
            if (reach.destination().chatId().equals(Long.toString(MARIE))) {
                boolean skip = response.notice().isPresent();
                (skip ? skipped : toMarie).add(response);
                if (!skip && toMarie.size() == 1) {
                    Pauses.await(release); // her first answer is slow: the rest of hers wait
                }
            } else {
                sent.add(reach.destination().chatId());
            }
        }, 3);
        for (int i = 0; i < 10; i++) {
            handler.dispatch(text(MARIE, "bonjour " + i), done::incrementAndGet);
        }
        handler.dispatch(press(MARIE, "menu"), done::incrementAndGet);
        handler.dispatch(text(LUC, "/start"), done::incrementAndGet);
        Pauses.until(() -> sent.size() == 1);
        assertThat(sent).as("Luc is answered while Marie's queue is full").containsExactly(Long.toString(LUC));

        Pauses.until(() -> done.get() == 9); // her queue holds 3 (the one in hand counts): 7 texts and the press skipped, and Luc's
        assertThat(skipped).hasSize(8);
        assertThat(skipped.get(0).replies()).singleElement()
                .satisfies(note -> assertThat(note.plainText()).startsWith("Doucement 🙂 Je réponds encore à vos messages précédents"));
        assertThat(skipped.subList(1, 8)).as("one note a minute, then only the notice")
                .allSatisfy(response -> assertThat(response.replies()).isEmpty());
        assertThat(skipped.get(7).notice()).as("the press, in the presser's language: its spinner stops")
                .contains("One moment: I am still answering your earlier messages.");

        release.countDown();
        Pauses.until(() -> done.get() == 12);
        assertThat(toMarie).as("her first and the two queued are answered").hasSize(3);
    }

    @Test
    void aFailureIsLoggedAndTheNextUpdateIsHandled() throws Exception {
        AtomicBoolean failed = new AtomicBoolean(false);
        UpdateHandler handler = handler((response, reach) -> {
            if (failed.compareAndSet(false, true)) {
                throw new IllegalStateException("the sender broke");
            }
            sent.add(reach.destination().chatId());
        }, 20);
        handler.handle(text(MARIE, "/start"));
        handler.handle(text(MARIE, "/aide"));
        assertThat(sent).containsExactly(Long.toString(MARIE));
    }

    @Test
    void onceClosedAnUpdateIsNotTakenAndNotMarkedDone() throws Exception {
        UpdateHandler handler = handler((response, reach) -> sent.add(reach.destination().chatId()), 20);
        handler.close();
        AtomicBoolean done = new AtomicBoolean();
        assertThat(handler.dispatch(text(MARIE, "/start"), () -> done.set(true))).isFalse();
        assertThat(done).as("left unconfirmed, for Telegram to deliver again").isFalse();
        assertThat(sent).isEmpty();
    }
}
