package org.relais.telegram.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.relais.core.testing.Pauses;
import org.relais.telegram.TelegramApi;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Long polling only receives; the offset confirms an update only once it and every one before it
 * were handled (so a kill loses none), and an update delivered again while in hand is not taken twice.
 */
class LongPollerTest {

    /** Telegram's side: updates not confirmed yet are returned to each poll, from the offset on. */
    private static final class Server implements TelegramApi {
        final List<Integer> offsets = new CopyOnWriteArrayList<>();
        volatile int confirmed;
        final int last;

        Server(int last) {
            this.last = last;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T extends Serializable> T call(BotApiMethod<T> method) {
            int offset = ((GetUpdates) method).getOffset();
            offsets.add(offset);
            confirmed = Math.max(confirmed, offset - 1);
            List<Update> updates = new ArrayList<>();
            for (int id = Math.max(offset, 1); id <= last; id++) {
                Update update = new Update();
                update.setUpdateId(id);
                updates.add(update);
            }
            if (updates.isEmpty()) {
                Pauses.sleep(50); // a long poll with nothing new
            }
            return (T) updates;
        }

        @Override
        public Message sendPhoto(SendPhoto photo) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void anUpdateInHandHoldsTheOffsetAndIsNotTakenTwiceAndNothingSpins() throws Exception {
        Server server = new Server(5);
        List<Integer> taken = new CopyOnWriteArrayList<>();
        CountDownLatch release = new CountDownLatch(1);
        LongPoller.Dispatch dispatch = new LongPoller.Dispatch() {
            @Override
            public boolean dispatch(Update update, Runnable done) {
                taken.add(update.getUpdateId());
                if (update.getUpdateId() == 2) {
                    new Thread(() -> {
                        Pauses.await(release);
                        done.run();
                    }).start();
                } else {
                    done.run();
                }
                return true;
            }

            @Override
            public boolean hasRoom() {
                return true;
            }
        };
        LongPoller poller = new LongPoller(server, dispatch, 1, () -> { }, ok -> { });
        poller.start();
        try {
            Pauses.until(() -> taken.size() == 5);
            Thread.sleep(1000);
            assertThat(server.confirmed).as("update 2 is in hand: nothing from it on is confirmed").isEqualTo(1);
            assertThat(server.offsets.size()).as("polls while 2 is in hand: one per hold at most, no loop")
                    .isLessThanOrEqualTo((int) (1000 / LongPoller.HOLD.toMillis()) + 5);
            release.countDown();
            Pauses.until(() -> server.confirmed == 5);
            assertThat(taken).as("each update taken once").containsExactly(1, 2, 3, 4, 5);
        } finally {
            poller.close();
        }
    }
}
