package org.relais.telegram.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relais.core.chat.ConversationKey;
import org.relais.core.engine.Engine;
import org.relais.core.flows.RelaisDialog;
import org.relais.core.i18n.Language;
import org.relais.core.testing.TestCampaigns;
import org.relais.store.jdbc.JdbcSettings;
import org.relais.store.jdbc.JdbcStore;
import org.relais.telegram.TelegramBot;
import org.relais.telegram.TelegramSettings;
import org.relais.telegram.fake.FakeTelegram;
import org.relais.telegram.fake.SentMessage;
import org.relais.telegram.send.FloodLimits;

/**
 * Stopping with work in hand, on a real H2 file: what the engine committed was answered before the
 * bot closed, what it had not taken is still waiting at Telegram, and a restart answers the rest
 * without anyone being answered twice.
 */
class ShutdownTest {
    private static final String WELCOME = "Bonjour! Je suis Relais";
    private static final List<Long> PEOPLE = LongStream.rangeClosed(1, 12).map(i -> 7_000_000_000L + i).boxed().toList();

    @TempDir
    Path dir;

    private final FakeTelegram fake = FakeTelegram.start();
    private JdbcStore store;

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
        fake.close();
    }

    private TelegramBot start() {
        Engine engine = new Engine(RelaisDialog.create(), store, TestCampaigns::standard, Clock.systemUTC(), Language.FR);
        return TelegramBot.start(new TelegramSettings(fake.token(), URI.create(fake.url()), Optional.empty(), Optional.empty()),
                engine, FloodLimits.telegram());
    }

    private boolean handled(long person) {
        return store.inTransaction(tx -> tx.conversations().find(new ConversationKey("telegram", Long.toString(person)))).isPresent();
    }

    private long welcomes(long person) {
        return fake.messages(person).stream().map(SentMessage::plainText).filter(text -> text.contains(WELCOME)).count();
    }

    @Test
    void whatWasCommittedWasAnsweredAndARestartAnswersTheRestOnce() {
        store = JdbcStore.open(JdbcSettings.of("jdbc:h2:file:" + dir.resolve("relais").toAbsolutePath()));
        fake.latency(Duration.ofMillis(40));
        PEOPLE.forEach(person -> fake.enqueue(fake.updates().privateText(person, "fr", "/start")));
        TelegramBot bot = start();
        fake.awaitMessage(PEOPLE.get(0), text -> text.contains(WELCOME), Duration.ofSeconds(20));
        bot.close();

        for (long person : PEOPLE) {
            if (handled(person)) {
                assertThat(welcomes(person)).as("%d was committed, so answered before the bot closed", person).isEqualTo(1);
            }
        }
        assertThat(PEOPLE.stream().filter(this::handled).count() + fake.pendingUpdates())
                .as("every update was either handled or is still waiting at Telegram").isGreaterThanOrEqualTo(PEOPLE.size());

        TelegramBot again = start();
        for (long person : PEOPLE) {
            fake.awaitMessage(person, text -> text.contains(WELCOME), Duration.ofSeconds(20));
        }
        again.close();
        assertThat(PEOPLE).allSatisfy(person -> assertThat(welcomes(person)).as("answered once").isEqualTo(1));
        // The first bot's long poll, abandoned when it closed, is ended by the second's with 409, as Telegram does.
        assertThat(fake.rejections()).allSatisfy(r -> assertThat(r.method() + " " + r.errorCode()).isEqualTo("getUpdates 409"));
    }
}
