package org.relais.slack.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import javax.imageio.ImageIO;
import org.relais.core.campaign.LengthRule;
import org.relais.core.catalog.CatalogInForce;
import org.relais.core.chat.ConversationKey;
import org.relais.core.engine.Coordinators;
import org.relais.core.engine.Engine;
import org.relais.core.flows.Commands;
import org.relais.core.flows.RelaisDialog;
import org.relais.core.i18n.Language;
import org.relais.core.memory.InMemoryStore;
import org.relais.core.port.Milestone;
import org.relais.core.port.RoleChange;
import org.relais.core.port.Subscription;
import org.relais.core.testing.Links;
import org.relais.core.testing.RecordingPainter;
import org.relais.core.testing.TestCampaigns;
import org.relais.core.text.Lengths;
import org.relais.slack.BotOnFake;
import org.relais.slack.fake.FakeSlack;
import org.relais.slack.fake.Rejection;
import org.relais.slack.fake.SharedFile;
import org.relais.slack.fake.SlackChat;
import org.relais.slack.fake.SlackMessage;

/**
 * The Slack adapter end to end against the fake Web API, the same scenarios over HTTP and over
 * Socket Mode: a volunteer from a direct message to the X link, toggles updating their message,
 * the guide, a mention answered in its thread, the App Home, the language from Slack's locale.
 */
abstract class SlackScenarios {
    static final String MARIE = "U0MARIE01";
    static final String LUKE = "U0LUKE001";
    static final String ANNE = "U0ANNE001";

    final FakeSlack fake = FakeSlack.start();
    final InMemoryStore store = new InMemoryStore();

    final RecordingPainter painter = new RecordingPainter();
    final Engine engine = new Engine(RelaisDialog.create(painter), store, new CatalogInForce(store, TestCampaigns.standard()),
            Clock.systemUTC(), Language.FR, new Coordinators(Set.of(new ConversationKey("slack", ANNE))));
    BotOnFake run;

    abstract BotOnFake start();

    SlackChat chat(String user, String locale) {
        if (run == null) {
            run = start();
        }
        return new SlackChat(fake, run.inbound(), user, locale);
    }

    @AfterEach
    void stop() {
        if (run != null) {
            run.close();
        }
        fake.close();
    }

    void noBlockKitRefusal() {
        assertThat(fake.rejections()).filteredOn(r -> r.kind() == Rejection.Kind.VALIDATION).isEmpty();
    }

    @Test
    void aVolunteerGoesFromADirectMessageToAnXLinkWithTheCampaignHashtagAndTheTarget() {
        SlackChat marie = chat(MARIE, "fr-CA");
        marie.dm("bonjour");
        marie.expect("Choisissez une action");
        marie.press("Financement du PSOC");
        marie.expect("Étape 1 sur 5");
        marie.press("1");
        marie.expect("Étape 2 sur 5");
        marie.press("✅ Lucie Charlebois");
        marie.expect("⬜ Lucie Charlebois");
        SlackMessage targets = fake.lastMessage(marie.dmChannel()).orElseThrow();
        assertThat(targets.edits()).as("a toggle updates its message in place").isEqualTo(1);
        marie.press("⬜ Lucie Charlebois");
        marie.expect("✅ Lucie Charlebois");
        marie.press("Suivant");
        marie.expect("Étape 3 sur 5");
        marie.press("Suivant");
        marie.expect("Étape 4 sur 5");
        marie.press("C’est prêt");
        marie.expect("Étape 5 sur 5");
        String post = Links.text(marie.link("Publier sur X"));
        assertThat(post).contains("#OCASSS", "@luciecharlebois");
        assertThat(Lengths.x(post, LengthRule.X280).fits()).isTrue();
        noBlockKitRefusal();
    }

    @Test
    void theSlashCommandOpensTheMenuAndTheGuideAndNamesTheCommandsTheSlackWay() {
        SlackChat marie = chat(MARIE, "fr-CA");
        marie.command("");
        marie.expect("Choisissez une action");
        marie.command("guide");
        marie.expect("Choisissez la procédure");
        marie.command("aide");
        assertThat(marie.expect("Ce que je sais faire")).contains("/relais annuler", "/relais menu").doesNotContain(" /annuler");
        noBlockKitRefusal();
    }

    @Test
    void englishComesFromTheSlackLocale() {
        SlackChat luke = chat(LUKE, "en-US");
        luke.dm("hello");
        luke.expect("Pick an action");
        assertThat(fake.calls("users.info")).hasSize(1);
        luke.command("help");
        luke.expect("What I can do");
        assertThat(fake.calls("users.info")).as("the locale is remembered").hasSize(1);
    }

    @Test
    void aMentionIsAnsweredInItsThreadWithAButtonThatContinuesInPrivate() {
        SlackChat marie = chat(MARIE, "fr-CA");
        fake.declareChannel("C0TABLE01");
        marie.mention("C0TABLE01", "comment lier facebook et twitter ?");
        marie.expectIn("C0TABLE01", "je vous réponds en privé");
        SlackMessage answer = fake.lastMessage("C0TABLE01").orElseThrow();
        assertThat(answer.threadTs()).as("answered in the mention's thread").isNotNull();
        assertThat(fake.messages("C0TABLE01")).hasSize(1);
        noBlockKitRefusal();
    }

    @Test
    void theAppHomeShowsTheActionsAndItsButtonOpensTheConversation() {
        SlackChat marie = chat(MARIE, "fr-CA");
        marie.openHome();
        marie.expectHome("Financement du PSOC");
        marie.pressHome("Composer");
        marie.expect("Étape 1 sur 5");
        noBlockKitRefusal();
    }

    @Test
    void messagesFromBotsAndEditsGetNoAnswer() {
        SlackChat marie = chat(MARIE, "fr-CA");
        int perGreeting = greet(marie);
        run.inbound().event(fake.events().ownMessage(marie.dmChannel(), "un message du bot"));
        run.inbound().event(fake.events().botMessage(marie.dmChannel(), "B0OTHER01", "un autre robot"));
        run.inbound().event(fake.events().messageChanged(marie.dmChannel(), MARIE, "1700000000.000100", "a", "b"));
        marie.dm("bonjour");
        marie.expect("Bonjour!");
        pause(Duration.ofMillis(500));
        assertThat(fake.calls("chat.postMessage")).as("answers to the person's two messages, nothing else: the menu"
                + " and a greeting alone under it").hasSize(perGreeting + 1);
    }

    @Test
    void aVolunteerIsRefusedEveryCoordinatorCommandInTheDmAndInAChannelAndNothingIsStored() {
        SlackChat marie = chat(MARIE, "fr-CA");
        SlackChat luke = chat(LUKE, "en-US");
        String table = "C0TABLE01";
        String other = "C0TABLE02";
        fake.declareChannel(table);
        fake.declareChannel(other);
        int typed = 0;
        // Each spelling once in the DM and once in a channel, by a person of that language (Slack paces
        // each channel at one message a second: both people on both spellings took four times longer).
        for (Commands command : Commands.forCoordinators()) {
            String fr = command.name(Language.FR);
            String en = command.name(Language.EN);
            marie.command(fr);
            marie.expect("réservée aux personnes qui coordonnent");
            luke.command(en);
            luke.expect("for the campaign’s coordinators");
            assertThat(run.inbound().command(fake.events().command(MARIE, table, "/relais", fr)).ok()).isTrue();
            assertThat(run.inbound().command(fake.events().command(LUKE, other, "/relais", en)).ok()).isTrue();
            typed++;
        }
        int expected = typed;
        awaitUntil(() -> fake.ephemerals(table).size() >= expected && fake.ephemerals(other).size() >= expected);
        assertThat(fake.ephemerals(table)).hasSize(typed)
                .allSatisfy(m -> assertThat(m.plainText()).contains("réservée aux personnes qui coordonnent"));
        assertThat(fake.ephemerals(other)).hasSize(typed)
                .allSatisfy(m -> assertThat(m.plainText()).contains("for the campaign’s coordinators"));
        assertThat(fake.messages(table)).as("nothing the whole channel sees").isEmpty();
        assertThat(fake.messages(other)).as("nothing the whole channel sees").isEmpty();
        List<Subscription> subscriptions = store.inTransaction(tx -> tx.subscriptions().list());
        List<RoleChange> grants = store.inTransaction(tx -> tx.coordinators().history());
        assertThat(subscriptions).isEmpty();
        assertThat(grants).isEmpty();
        assertThat(store.inTransaction(tx -> tx.campaigns().version()).isPresent()).as("no campaign stored").isFalse();
    }

    /** {@code /relais nouvelle_action} with a French title, each step in the DM, then volunteers see it in the App Home. */
    @Test
    void aCoordinatorMakesAnActionWithTheSlashCommandAndVolunteersAreOfferedIt() {
        SlackChat anne = chat(ANNE, "fr-CA");
        anne.command("nouvelle_action Appuyer la grève");
        assertThat(anne.expect("étape 2 sur 11")).contains("/relais annuler");
        anne.dm("Support the strike");
        anne.expect("étape 3 sur 11");
        anne.press("Passer");
        anne.expect("étape 5 sur 11");
        anne.dm("Le communautaire appuie la grève.");
        anne.expect("Pour l’instant (1)");
        anne.press("Terminé");
        anne.expect("étape 6 sur 11");
        anne.dm("Community groups support the strike.");
        anne.expect("Pour l’instant (1)");
        anne.press("Terminé");
        for (int step = 7; step <= 11; step++) {
            anne.expect("étape " + step + " sur 11");
            anne.press("Passer");
        }
        anne.expect("Tout est en ordre");
        anne.press("Enregistrer");
        anne.expect("« Appuyer la grève » est enregistrée");
        SlackChat marie = chat(MARIE, "fr-CA");
        marie.openHome();
        marie.expectHome("Appuyer la grève");
        noBlockKitRefusal();
    }

    @Test
    void aRetriedEventIsAnsweredOnce() {
        SlackChat marie = chat(MARIE, "fr-CA");
        int perGreeting = greet(marie);
        var event = fake.events().dm(MARIE, "bonjour");
        assertThat(run.inbound().event(event).ok()).isTrue();
        assertThat(run.inbound().retried(1, "http_timeout").event(event).ok()).as("a retry is acknowledged").isTrue();
        assertThat(run.inbound().retried(2, "http_timeout").event(event).ok()).isTrue();
        awaitCalls("chat.postMessage", 2 * perGreeting);
        pause(Duration.ofMillis(500));
        assertThat(fake.calls("chat.postMessage")).as("one answer to the event however often it came")
                .hasSize(2 * perGreeting);
    }

    @Test
    void aRateLimitIsWaitedOutAndTheMessageArrivesOnce() {
        SlackChat marie = chat(MARIE, "fr-CA");
        fake.failNext("chat.postMessage", 1, 429, 1);
        long start = System.nanoTime();
        marie.dm("bonjour");
        marie.expect("Choisissez une action");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("Retry-After honoured").isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(fake.tooManyRequestsGiven()).isEqualTo(1);
        pause(Duration.ofMillis(300));
        assertThat(fake.messages(marie.dmChannel())).as("delivered once").hasSize(fake.calls("chat.postMessage").size() - 1);
        assertThat(fake.messages(marie.dmChannel()).stream().filter(m -> m.plainText().contains("Choisissez une action")))
                .hasSize(1);
    }

    @Test
    void aServerErrorIsRetriedAndTheMessageArrivesOnce() {
        SlackChat marie = chat(MARIE, "fr-CA");
        fake.failNext("chat.postMessage", 2, 503, null);
        marie.dm("bonjour");
        marie.expect("Choisissez une action");
        pause(Duration.ofMillis(300));
        assertThat(fake.messages(marie.dmChannel()).stream().filter(m -> m.plainText().contains("Choisissez une action")))
                .hasSize(1);
    }

    /**
     * A coordinator's {@code /relais stats psoc} in the direct messages: the figures, then the chart shared as a
     * file in the same conversation, after them, its bytes the painter's PNG; the counted volunteer named nowhere.
     */
    @Test
    void aCoordinatorAsksForStatsAndTheChartIsUploadedAfterTheFigures() throws Exception {
        store.inTransaction(tx -> {
            tx.progress().record(new ConversationKey("slack", LUKE), "psoc", Milestone.POSTED, Instant.now());
            return null;
        });
        SlackChat anne = chat(ANNE, "fr-CA");

        anne.command("stats psoc");

        String figures = anne.expect("Ont dit avoir publié : 1");
        SharedFile chart = fake.awaitFile(anne.dmChannel(), SlackChat.WAIT);
        assertThat(chart.bytes()).isEqualTo(painter.made().get(0));
        assertThat(ImageIO.read(new ByteArrayInputStream(chart.bytes()))).isNotNull();
        assertThat(chart.fileName()).isEqualTo("stats-psoc-" + LocalDate.now(TestCampaigns.standard().zone()) + ".png");
        assertThat(chart.altText()).startsWith("Graphique de");
        SlackMessage text = fake.messages(anne.dmChannel()).stream().filter(m -> m.plainText().contains("Ont dit avoir publié"))
                .findFirst().orElseThrow();
        assertThat(chart.ts()).as("the chart comes after its figures").isGreaterThan(text.ts());
        assertThat(figures).doesNotContain(LUKE);
        fake.awaitCall(c -> c.method().equals("files.completeUploadExternal"), SlackChat.WAIT); // logged as it is answered
        assertThat(fake.calls("files.getUploadURLExternal")).hasSize(1);
        assertThat(fake.calls("files.completeUploadExternal")).singleElement()
                .satisfies(c -> assertThat(c.param("channel_id")).isEqualTo(anne.dmChannel()));
        noBlockKitRefusal();
    }

    @Test
    void aRateLimitedUploadIsWaitedOutAndTheChartSharedOnce() {
        store.inTransaction(tx -> {
            tx.progress().record(new ConversationKey("slack", LUKE), "psoc", Milestone.STARTED, Instant.now());
            return null;
        });
        SlackChat anne = chat(ANNE, "fr-CA");
        fake.failNext("files.completeUploadExternal", 1, 429, 1);

        anne.command("stats psoc");

        anne.expect("Ont commencé : 1");
        SharedFile chart = fake.awaitFile(anne.dmChannel(), SlackChat.WAIT);
        assertThat(chart.bytes()).isEqualTo(painter.made().get(0));
        pause(Duration.ofMillis(300));
        assertThat(fake.files(anne.dmChannel())).as("shared once").hasSize(1);
        assertThat(fake.tooManyRequestsGiven()).isEqualTo(1);
        assertThat(fake.calls("files.getUploadURLExternal")).as("the retry starts from a new URL").hasSize(2);
    }

    /** Greets the app and waits for its menu; returns how many messages that took. */
    private int greet(SlackChat person) {
        person.dm("bonjour");
        person.expect("Choisissez une action");
        return fake.calls("chat.postMessage").size();
    }

    private void awaitCalls(String method, int count) {
        awaitUntil(() -> fake.calls(method).size() >= count);
    }

    /** Waits, at most as long as a chat step, for {@code done}; the assertions after it say what was missing. */
    private static void awaitUntil(BooleanSupplier done) {
        long deadline = System.nanoTime() + SlackChat.WAIT.toNanos();
        while (!done.getAsBoolean() && System.nanoTime() < deadline) {
            pause(Duration.ofMillis(20));
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
