package org.relais.telegram.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.relais.core.engine.Engine;
import org.relais.core.flows.RelaisDialog;
import org.relais.core.i18n.Language;
import org.relais.core.memory.InMemoryStore;
import org.relais.core.testing.TestCampaigns;
import org.relais.telegram.TelegramBot;
import org.relais.telegram.TelegramSettings;
import org.relais.telegram.fake.FakeTelegram;
import org.relais.telegram.fake.TelegramChat;
import org.relais.telegram.send.FloodLimits;

/**
 * Closing the bot ends every thread it started, OkHttp's included (TelegramBots' defaults leave a
 * non-daemon dispatcher alive and the JVM does not exit), and does so quickly.
 */
class ThreadsTest {
    @Test
    void afterCloseNoThreadOfTheBotIsLeft() throws Exception {
        try (FakeTelegram fake = FakeTelegram.start()) {
            Set<Thread> before = Thread.getAllStackTraces().keySet();
            Engine engine = new Engine(RelaisDialog.create(), new InMemoryStore(), TestCampaigns::standard, Clock.systemUTC(),
                    Language.FR);
            TelegramBot bot = TelegramBot.start(new TelegramSettings(fake.token(), URI.create(fake.url()), Optional.empty(),
                    Optional.empty()), engine, FloodLimits.telegram());
            new TelegramChat(fake, 42, "fr").send("/start", "Choisissez une action");
            long start = System.nanoTime();
            bot.close();
            long closing = (System.nanoTime() - start) / 1_000_000;
            assertThat(closing).as("closing took %d ms", closing).isLessThan(5000);
            Thread.sleep(200);
            Set<String> left = Thread.getAllStackTraces().keySet().stream()
                    .filter(thread -> !before.contains(thread) && thread.isAlive())
                    .filter(thread -> !thread.getName().startsWith("fake-telegram"))
                    .filter(thread -> !thread.isDaemon() || thread.getName().startsWith("relais-")
                            || thread.getName().startsWith("OkHttp"))
                    .map(Thread::getName)
                    .collect(Collectors.toSet());
            assertThat(left).as("threads left after close").isEmpty();
        }
    }
}
