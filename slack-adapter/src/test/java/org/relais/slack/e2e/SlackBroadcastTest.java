package org.relais.slack.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
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
import org.relais.slack.BotOnFake;
import org.relais.slack.fake.Button;
import org.relais.slack.fake.FakeSlack;
import org.relais.slack.fake.SlackChat;
import org.relais.slack.fake.SlackMessage;

/**
 * A broadcast on Slack, against the loopback Web API: a coordinator subscribes channels with
 * {@code /relais abonner}, previews and confirms in the DM, sees the progress updated and a report; a
 * channel Slack no longer knows is reported and unsubscribed; a volunteer who presses the
 * announcement's button in a channel continues in the DM on that action.
 */
class SlackBroadcastTest {
    private static final String ANNE = "U0ANNE001";
    private static final String MARIE = "U0MARIE01";
    private static final List<String> CHANNELS = List.of("C0TABLE01", "C0TABLE02", "C0GONE001");
    private static final Duration WAIT = SlackChat.WAIT;

    private final FakeSlack fake = FakeSlack.start();
    private final InMemoryStore store = new InMemoryStore();
    private final BotOnFake run;
    private final Broadcaster broadcaster;

    SlackBroadcastTest() {
        Engine engine = new Engine(RelaisDialog.create(), store, TestCampaigns::standard, Clock.systemUTC(), Language.FR,
                new Coordinators(Set.of(new ConversationKey("slack", ANNE))));
        run = BotOnFake.socket(fake, engine);
        broadcaster = new Broadcaster(store, List.of(run.bot().messenger()), Clock.systemUTC(),
                new BroadcastSettings(Duration.ofMillis(50), Duration.ZERO, 40, Duration.ofMillis(200), Duration.ofSeconds(3)))
                .start();
    }

    @AfterEach
    void stop() {
        broadcaster.close();
        run.close();
        fake.close();
    }

    @Test
    void aCoordinatorBroadcastsToTheSubscribedChannelsAndAVolunteerContinuesInTheDm() {
        SlackChat anne = new SlackChat(fake, run.inbound(), ANNE, "en-US");
        SlackChat marie = new SlackChat(fake, run.inbound(), MARIE, "fr-CA");
        fake.declareChannel(CHANNELS.get(0));
        fake.declareChannel(CHANNELS.get(1));
        for (String channel : CHANNELS) {
            assertThat(run.inbound().command(fake.events().command(ANNE, channel, "/relais", "abonner")).ok()).isTrue();
        }
        anne.command("broadcast");
        anne.expect("Which action should I announce?");
        anne.press("📢 PSOC funding");
        anne.expect("3 chat(s) (3 Slack)");
        anne.press("📣 Broadcast now");
        anne.expect("Off it goes");

        String report = fake.awaitText(anne.dmChannel(), "Report of broadcast #1", WAIT).plainText();
        assertThat(report).contains("Delivered: 2 of 3", "1 × channel_not_found", "unsubscribed");
        SlackMessage announcement = fake.awaitText(CHANNELS.get(0), "PSOC funding", WAIT);
        fake.awaitText(CHANNELS.get(1), "PSOC funding", WAIT);
        assertThat(fake.messages(CHANNELS.get(0))).hasSize(1);
        fake.awaitCall(call -> call.method().equals("chat.update") && call.params().toString().contains("2 / 3"), WAIT);
        List<String> subscribed = store.inTransaction(tx -> tx.subscriptions().list().stream().map(Subscription::chatId).toList());
        assertThat(subscribed).containsExactlyInAnyOrder(CHANNELS.get(0), CHANNELS.get(1));

        Button join = announcement.buttons().stream().filter(b -> b.label().contains("Take part")).findFirst().orElseThrow();
        run.inbound().interactive(fake.events().blockActions(MARIE, announcement, join));
        marie.expect("Étape 1 sur 5");
    }
}
