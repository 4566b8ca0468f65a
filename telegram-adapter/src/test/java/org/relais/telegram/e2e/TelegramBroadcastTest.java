package org.relais.telegram.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.relais.core.broadcast.BroadcastSettings;
import org.relais.core.broadcast.Broadcaster;
import org.relais.core.chat.ConversationKey;
import org.relais.core.engine.Coordinators;
import org.relais.core.engine.Engine;
import org.relais.core.flows.RelaisDialog;
import org.relais.core.i18n.Language;
import org.relais.core.memory.InMemoryStore;
import org.relais.core.port.Subscription;
import org.relais.core.testing.TestCampaigns;
import org.relais.telegram.TelegramBot;
import org.relais.telegram.TelegramSettings;
import org.relais.telegram.fake.FakeTelegram;
import org.relais.telegram.fake.SentMessage;
import org.relais.telegram.fake.TelegramChat;
import org.relais.telegram.fake.Updates;
import org.relais.telegram.send.FloodLimits;

/**
 * A broadcast on Telegram, against the loopback Bot API: a coordinator subscribes groups from inside
 * them, previews and confirms an announcement (a 429 and two 502s on the way, each waited out or
 * retried, nothing sent twice), sees its progress edited in place and a report; a
 * group that removed the bot is reported with Telegram's reason and unsubscribed; a volunteer who
 * follows the announcement's deep link lands on the action.
 */
class TelegramBroadcastTest {
    private static final long ANNE = 6023381147L;
    private static final long MARIE = 6023381150L;
    private static final List<Long> GROUPS = List.of(-1001000000001L, -1001000000002L, -1001000000003L);
    private static final Duration WAIT = TelegramChat.WAIT;

    private final FakeTelegram fake = FakeTelegram.start();
    private final InMemoryStore store = new InMemoryStore();
    private final TelegramBot bot;
    private final Broadcaster broadcaster;

    TelegramBroadcastTest() {
        Engine engine = new Engine(RelaisDialog.create(), store, TestCampaigns::standard, Clock.systemUTC(), Language.FR,
                new Coordinators(Set.of(new ConversationKey("telegram", Long.toString(ANNE)))));
        TelegramSettings settings = new TelegramSettings(fake.token(), URI.create(fake.url()), Optional.empty(), Optional.empty());
        bot = TelegramBot.start(settings, engine, FloodLimits.telegram());
        broadcaster = new Broadcaster(store, List.of(bot.messenger()), Clock.systemUTC(),
                new BroadcastSettings(Duration.ofMillis(50), Duration.ZERO, 40, Duration.ofMillis(200), Duration.ofSeconds(3)))
                .start();
    }

    @AfterEach
    void stop() {
        broadcaster.close();
        bot.close();
        fake.close();
    }

    private void commandInGroup(long group, long from, String command) {
        String text = command + "@" + fake.botUsername();
        fake.enqueue(fake.updates().groupText(group, from, text, Updates.entity("bot_command", 0, text.length())));
    }

    @Test
    void aCoordinatorBroadcastsToTheSubscribedGroupsAndAVolunteerFollowsTheDeepLink() {
        TelegramChat anne = new TelegramChat(fake, ANNE, "fr");
        anne.send("/start", "Bonjour");
        for (long group : GROUPS) {
            commandInGroup(group, ANNE, "/abonner");
            fake.awaitMessage(group, t -> t.contains("C’est fait"), WAIT);
        }
        fake.removeBot(GROUPS.get(2));
        anne.send("/diffuser", "Quelle action annoncer");
        anne.press("📢 Financement du PSOC", "3 conversation(s) (3 Telegram)");
        fake.failNext("sendMessage", 1, 429, 1); // the confirmation, the progress or an announcement: each waits and goes again
        fake.failNext("sendMessage", 2, 502, null);
        anne.press("📣 Diffuser maintenant", "C’est parti");

        String report = fake.awaitMessage(ANNE, t -> t.contains("Rapport de la diffusion n°1"), WAIT).plainText();
        assertThat(report).contains("Livrées\u00a0: 2 sur 3", "Échecs\u00a0: 1",
                "1 × 403 Forbidden: bot was kicked from the group chat", "désabonnées");
        for (long group : GROUPS.subList(0, 2)) {
            SentMessage announcement = fake.awaitMessage(group, t -> t.contains("Financement du PSOC"), WAIT);
            assertThat(announcement.replyMarkup().toString()).contains("https://t.me/" + fake.botUsername() + "?start=a_psoc");
            assertThat(fake.messages(group).stream().filter(m -> m.body().contains("Financement du PSOC"))).hasSize(1);
        }
        fake.awaitCall(call -> call.method().equals("editMessageText") && call.chatId() == ANNE
                && call.params().toString().contains("terminée") && call.params().toString().contains("2 / 3 envoyée(s), 1 échec(s)"), WAIT);
        List<String> subscribed = store.inTransaction(tx -> tx.subscriptions().list().stream().map(Subscription::chatId).toList());
        assertThat(subscribed).containsExactlyInAnyOrder(GROUPS.get(0).toString(), GROUPS.get(1).toString());

        new TelegramChat(fake, MARIE, "fr").send("/start a_psoc", "Étape 1 sur 5");
        assertThat(fake.tooManyRequestsGiven()).isEqualTo(1);
        assertThat(fake.messages(ANNE).stream().filter(m -> m.plainText().contains("C’est parti"))).hasSize(1);
        assertThat(fake.rejections()).as("besides the 429 and the 502s asked for, only the group that removed the bot refused")
                .filteredOn(r -> r.kind() != org.relais.telegram.fake.Rejection.Kind.INJECTED)
                .allSatisfy(r -> assertThat(r.toString()).contains("403"));
    }

    @Test
    void coordinatorsSeeTheirCommandsInTheirOwnMenuAndLoseThemWhenRemoved() {
        String anneChat = "chat:" + ANNE;
        assertThat(fake.commands(anneChat, "fr")).extracting(c -> c.command()).contains("diffuser", "abonner", "menu");
        assertThat(fake.commands(anneChat, "en")).extracting(c -> c.command()).contains("broadcast", "subscribe");
        assertThat(fake.commands("fr")).extracting(c -> c.command()).contains("menu").doesNotContain("diffuser");
        TelegramChat anne = new TelegramChat(fake, ANNE, "fr");
        anne.send("/coordinateur ajouter telegram:" + MARIE, "coordonne maintenant");
        awaitMenu("chat:" + MARIE, menu -> menu.stream().anyMatch(c -> c.command().equals("diffuser")));
        anne.send("/coordinateur retirer telegram:" + MARIE, "ne coordonne plus");
        awaitMenu("chat:" + MARIE, List::isEmpty);
        assertThat(fake.commands("chat:" + MARIE, null)).isEmpty();
        assertThat(fake.commands("chat:" + MARIE, "en")).isEmpty();
    }

    /** The French menu of a scope, once it is as wanted (the bot updates it after answering). */
    private void awaitMenu(String scope, java.util.function.Predicate<List<org.relais.telegram.fake.MenuCommand>> wanted) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!wanted.test(fake.commands(scope, "fr"))) {
            assertThat(System.nanoTime()).as("menu of %s: %s", scope, fake.commands(scope, "fr")).isLessThan(deadline);
            org.relais.core.testing.loopback.Waits.pause(Duration.ofMillis(20));
        }
    }
}
