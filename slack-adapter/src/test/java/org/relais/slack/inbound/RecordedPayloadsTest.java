package org.relais.slack.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.relais.core.chat.ConversationKey;
import org.relais.core.port.Subscription;
import org.relais.core.memory.InMemoryStore;
import org.relais.slack.BotOnFake;
import org.relais.slack.fake.Button;
import org.relais.slack.fake.FakeSlack;
import org.relais.slack.fake.HomeView;
import org.relais.slack.fake.HttpInbound;
import org.relais.slack.fake.Inbound;
import org.relais.slack.fake.SlackMessage;
import org.relais.slack.outbound.ActionIds;

/**
 * The documented payload shapes under {@code payloads/}, signed with the signing secret and posted to
 * a running bot in HTTP mode, each reach what it should: the challenge answered, the DM answered in
 * the DM, the mention in its thread, {@code /relais guide} opening the guide, a button press moving
 * the conversation, the App Home published.
 */
class RecordedPayloadsTest {
    private static final String MARIE = "U0MARIE01";
    private static final String TABLE = "C0TABLE01";
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final FakeSlack fake = FakeSlack.start();
    private final InMemoryStore store = new InMemoryStore();
    private final BotOnFake bot = BotOnFake.http(fake, BotOnFake.engine(store));
    private final HttpInbound slack = bot.http();
    private final String dm;
    private final String ts = slackTs(Instant.now());
    private final RecordedPayloads payloads = new RecordedPayloads();

    RecordedPayloadsTest() {
        fake.declareUser(MARIE, "fr-CA");
        fake.declareChannel(TABLE);
        dm = fake.dmChannel(MARIE);
        payloads.with("token", fake.verificationToken()).with("team", fake.teamId()).with("app", fake.appId())
                .with("bot", fake.botUserId()).with("bot_id", fake.botId()).with("user", MARIE).with("dm", dm)
                .with("channel", TABLE).with("ts", ts);
    }

    @AfterEach
    void stop() {
        bot.close();
        fake.close();
    }

    @Test
    void theUrlVerificationChallengeComesBack() {
        Inbound.Answer answer = slack.post(HttpInbound.JSON, payloads.json("url-verification.json"));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
    }

    @Test
    void aDirectMessageGetsTheEnginesAnswerInThatDirectMessage() {
        assertThat(slack.post(HttpInbound.JSON, payloads.json("message-im.json")).status()).isEqualTo(200);
        fake.awaitText(dm, "Choisissez une action", WAIT);
    }

    @Test
    void aMentionIsAnsweredInTheThreadOfTheMentionInItsChannel() {
        assertThat(slack.post(HttpInbound.JSON, payloads.json("app-mention.json")).status()).isEqualTo(200);
        SlackMessage answer = fake.awaitText(TABLE, "je vous réponds en privé", WAIT);
        assertThat(answer.threadTs()).isEqualTo(ts);
        assertThat(answer.buttons()).extracting(Button::actionId).allMatch(id -> id.startsWith(ActionIds.START));
    }

    @Test
    void theSlashCommandInTheDirectMessageOpensTheGuide() {
        payloads.with("channel", dm).with("channel_name", "directmessage").with("response_url", fake.newResponseUrl(dm, null, MARIE));
        assertThat(slack.post(HttpInbound.FORM, payloads.form("slash-command.form")).status()).isEqualTo(200);
        fake.awaitText(dm, "Choisissez la procédure", WAIT);
    }

    @Test
    void aPressOfAChoiceOnTheMenuReachesTheEngine() {
        slack.post(HttpInbound.JSON, payloads.json("message-im.json"));
        SlackMessage menu = fake.awaitText(dm, "Choisissez une action", WAIT);
        assertThat(menu.buttons()).extracting(Button::actionId, Button::value).contains(
                org.assertj.core.groups.Tuple.tuple(ActionIds.CHOICE + "0", "a:psoc"));
        payloads.with("message_ts", menu.ts()).with("response_url", fake.newResponseUrl(dm, menu.ts(), MARIE))
                .with("ts", slackTs(Instant.now()));
        assertThat(slack.post(HttpInbound.FORM, payloads.interactive("block-actions.json")).status()).isEqualTo(200);
        fake.awaitText(dm, "Étape 1 sur 5", WAIT);
    }

    @Test
    void openingTheAppHomePublishesTheHomeView() {
        assertThat(slack.post(HttpInbound.JSON, payloads.json("app-home-opened.json")).status()).isEqualTo(200);
        HomeView home = fake.awaitHome(MARIE, view -> view.plainText().contains("Financement du PSOC"), WAIT);
        assertThat(home.buttons()).isNotEmpty().extracting(Button::actionId).allMatch(id -> id.startsWith(ActionIds.START));
    }

    /** A message timestamp as Slack writes it: seconds, a dot, six digits. */
    static String slackTs(Instant at) {
        return String.format(Locale.ROOT, "%d.%06d", at.getEpochSecond(), at.getNano() / 1000);
    }

    @Test
    void theAppAddedToAChannelIsRecordedAndRemovedFromItIsUnsubscribed() throws Exception {
        payloads.with("member", fake.botUserId());
        assertThat(slack.post(HttpInbound.JSON, payloads.json("member-joined-channel.json")).status()).isEqualTo(200);
        awaitStored(() -> store.inTransaction(tx -> tx.chats().find("slack", TABLE)).map(c -> c.present()).orElse(false));
        store.inTransaction(tx -> tx.subscriptions().subscribe(new Subscription("slack", TABLE,
                new ConversationKey("slack", MARIE), Instant.now())));
        assertThat(slack.post(HttpInbound.JSON, payloads.json("channel-left.json")).status()).isEqualTo(200);
        awaitStored(() -> store.inTransaction(tx -> tx.subscriptions().find("slack", TABLE)).isEmpty());
        assertThat(fake.messages(TABLE)).as("nothing said in the channel").isEmpty();
    }

    private static void awaitStored(java.util.function.BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("not stored within %s", WAIT).isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
