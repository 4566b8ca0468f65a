package org.relais.telegram.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.relais.core.engine.Engine;
import org.relais.core.flows.RelaisDialog;
import org.relais.core.i18n.Language;
import org.relais.core.memory.InMemoryStore;
import org.relais.core.testing.TestCampaigns;
import org.relais.telegram.fake.FakeTelegram;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * The handler between the two transports and the sender: one person's updates one at a time (so
 * their replies leave in the order the engine decided them), other people's alongside, no new
 * update while the sender is far behind, and no failure that stops the updates after it.
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

    @AfterEach
    void close() {
        fake.close();
    }

    private Update text(long userId, String text) throws Exception {
        ObjectNode update = fake.updates().privateText(userId, "fr", text).put("update_id", updateIds.incrementAndGet());
        return JSON.treeToValue(update, Update.class);
    }

    private UpdateHandler handler(Replies replies, java.util.function.IntSupplier pending) {
        return new UpdateHandler(new UpdateTranslator("relais_bot"), engine, replies, pending);
    }

    @Test
    void aPersonsSecondUpdateWaitsUntilTheFirstsRepliesAreHandedOverButOthersDoNot() throws Exception {
        CountDownLatch firstInSink = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        UpdateHandler handler = handler((response, reach) -> {
            String who = reach.destination().chatId();
            if (sent.isEmpty()) {
                sent.add(who + ":first");
                firstInSink.countDown();
                await(release);
            } else {
                sent.add(who);
            }
        }, () -> 0);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> handle(handler, MARIE, "/start"));
        assertThat(firstInSink.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> handle(handler, MARIE, "/aide"));
        CompletableFuture<Void> other = CompletableFuture.runAsync(() -> handle(handler, LUC, "/start"));
        other.get(10, TimeUnit.SECONDS);
        Thread.sleep(300);
        assertThat(sent).as("Luc is answered; Marie's second update waits for her first")
                .containsExactly(MARIE + ":first", Long.toString(LUC));
        release.countDown();
        first.get(10, TimeUnit.SECONDS);
        second.get(10, TimeUnit.SECONDS);
        assertThat(sent).containsExactly(MARIE + ":first", Long.toString(LUC), Long.toString(MARIE));
    }

    @Test
    void noUpdateIsTakenWhileTheSenderIsFarBehind() throws Exception {
        AtomicBoolean caughtUp = new AtomicBoolean(false);
        UpdateHandler handler = handler((response, reach) -> sent.add(reach.destination().chatId()),
                () -> caughtUp.get() ? 0 : UpdateHandler.MAX_PENDING + 1);
        CompletableFuture<Void> handled = CompletableFuture.runAsync(() -> handle(handler, MARIE, "/start"));
        Thread.sleep(300);
        assertThat(sent).as("held back while the sender has more than it can send in a shutdown").isEmpty();
        caughtUp.set(true);
        handled.get(10, TimeUnit.SECONDS);
        assertThat(sent).containsExactly(Long.toString(MARIE));
    }

    @Test
    void aFailureIsLoggedAndTheNextUpdateIsHandled() throws Exception {
        AtomicBoolean failed = new AtomicBoolean(false);
        UpdateHandler handler = handler((response, reach) -> {
            if (failed.compareAndSet(false, true)) {
                throw new IllegalStateException("the sender broke");
            }
            sent.add(reach.destination().chatId());
        }, () -> 0);
        handler.handle(text(MARIE, "/start"));
        handler.handle(text(MARIE, "/aide"));
        assertThat(sent).containsExactly(Long.toString(MARIE));
    }

    private void handle(UpdateHandler handler, long userId, String text) {
        try {
            handler.handle(text(userId, text));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
