package org.relais.config.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.relais.core.campaign.LengthRule;
import org.relais.core.testing.Links;
import org.relais.core.text.Lengths;
import org.relais.slack.fake.FakeSlack;
import org.relais.slack.fake.HttpInbound;
import org.relais.slack.fake.Inbound;
import org.relais.slack.fake.SlackChat;
import org.relais.slack.fake.SlackSigner;
import org.relais.slack.fake.SocketInbound;
import org.relais.telegram.fake.FakeTelegram;
import org.relais.telegram.fake.TelegramChat;

/**
 * {@code relais serve} from the real jar against the loopback fake Slack, in HTTP mode and in Socket
 * Mode: a volunteer from a direct message to a valid X link with #OCASSS and the target; kill -9 in
 * the middle and a restart; forged and stale requests refused; an event sent again answered once; a
 * 429 honoured with one delivery; no token nor the secret in the log.
 */
class SlackServeIT extends ServeITBase {
    private static final String MARIE = "U0MARIE01";

    private final FakeSlack fake = FakeSlack.start();

    @AfterEach
    void stopFake() {
        fake.close();
    }

    private Map<String, String> http() {
        Map<String, String> env = new HashMap<>();
        env.put("RELAIS_SLACK_BOT_TOKEN", fake.botToken());
        env.put("RELAIS_SLACK_SIGNING_SECRET", fake.signingSecret());
        env.put("RELAIS_SLACK_API_URL", fake.apiUrl());
        env.put("RELAIS_HTTP_PORT", Integer.toString(port));
        return env;
    }

    private Map<String, String> socket() {
        Map<String, String> env = http();
        env.remove("RELAIS_SLACK_SIGNING_SECRET");
        env.put("RELAIS_SLACK_APP_TOKEN", fake.appToken());
        return env;
    }

    private HttpInbound events() {
        return new HttpInbound(url("/slack/events"), fake.signingSecret());
    }

    private void noSecretIn(String log) {
        assertThat(log).doesNotContain(fake.botToken(), fake.signingSecret(), fake.appToken());
        assertThat(log).doesNotContain(fake.botToken().substring(5, 21)).doesNotContain(fake.appToken().substring(5, 21));
    }

    /** From a direct message to step 2, the process killed, then on to the X link through a 429. */
    private void volunteer(Inbound inbound, Map<String, String> env) throws Exception {
        SlackChat marie = new SlackChat(fake, inbound, MARIE, "fr-CA");
        marie.dm("bonjour");
        marie.expect("Choisissez une action");
        marie.press("Rehausser le financement du PSOC");
        marie.expect("Étape 1 sur 5");
        marie.press("1");
        marie.expect("Étape 2 sur 5");
        relais.kill();

        serve(env);
        marie.press("Suivant");
        marie.expect("Étape 3 sur 5");
        fake.failNext("chat.postMessage", 1, 429, 1);
        marie.press("Suivant");
        marie.expect("Étape 4 sur 5");
        assertThat(fake.tooManyRequestsGiven()).isEqualTo(1);
        long reviews = fake.messages(marie.dmChannel()).stream().filter(m -> m.plainText().contains("Étape 4 sur 5")).count();
        assertThat(reviews).as("the message refused with 429 arrived once").isEqualTo(1);
        marie.press("C’est prêt");
        marie.expect("Étape 5 sur 5");
        String post = Links.text(marie.link("Publier sur X"));
        assertThat(post).contains("#OCASSS", "@luciecharlebois");
        assertThat(Lengths.x(post, LengthRule.X280).fits()).isTrue();
    }

    @Test
    void httpModeCarriesAVolunteerToAnXLinkThroughAKillAndA429() throws Exception {
        serve(http());
        assertThat(get("/healthz").body()).contains("\"platform\":\"slack\"", "\"mode\":\"http\"", "\"connected\":true");
        volunteer(events(), http());
        noSecretIn(relais.stderr());
    }

    @Test
    void forgedOrStaleRequestsAreRefusedAndTouchNothing() throws Exception {
        serve(http());
        int callsBefore = fake.calls().size();
        JsonObject event = fake.events().dm(MARIE, "bonjour");
        assertThat(events().withSecret("0123456789abcdef0123456789abcdef").event(event).status()).isEqualTo(401);
        assertThat(events().withTimestamp(SlackSigner.stale()).event(event).status()).isEqualTo(401);
        assertThat(events().withTimestamp(SlackSigner.now() + 600).event(event).status())
                .as("from the future too").isEqualTo(401);
        Thread.sleep(500);
        assertThat(fake.calls()).as("no Web API call for a refused request").hasSize(callsBefore);
        assertThat(events().event(fake.events().urlVerification()).status()).isEqualTo(200);
    }

    @Test
    void anEventSentAgainIsAnsweredOnceEvenAfterARestart() throws Exception {
        serve(http());
        SlackChat marie = new SlackChat(fake, events(), MARIE, "fr-CA");
        JsonObject help = fake.events().dm(MARIE, "aide");
        marie.dm("bonjour");
        marie.expect("Choisissez une action");
        assertThat(events().event(help).status()).isEqualTo(200);
        fake.awaitText(marie.dmChannel(), "Ce que je sais faire", Duration.ofSeconds(20));
        assertThat(events().retried(1, "http_timeout").event(help).status()).isEqualTo(200);
        relais.kill();
        serve(http());
        assertThat(events().retried(2, "http_error").event(help).status()).isEqualTo(200);
        marie.dm("menu");
        marie.expect("Choisissez une action");
        long helps = fake.messages(marie.dmChannel()).stream().filter(m -> m.plainText().contains("Ce que je sais faire")).count();
        assertThat(helps).isEqualTo(1);
    }

    @Test
    void socketModeDoesTheSameAndStopsWithinFiveSeconds() throws Exception {
        serve(socket());
        assertThat(get("/healthz").body()).contains("\"mode\":\"socket-mode\"", "\"connected\":true");
        volunteer(new SocketInbound(fake.socketMode()), socket());
        assertThat(fake.socketMode().acks()).as("every envelope acknowledged").hasSizeGreaterThanOrEqualTo(6);
        long start = System.nanoTime();
        assertThat(relais.terminate(Duration.ofSeconds(5))).as("exit status after SIGTERM (-1: still running)").isNotEqualTo(-1);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5000);
        noSecretIn(relais.stderr());
    }

    @Test
    void telegramAndSlackRunTogetherInOneProcess() throws Exception {
        try (FakeTelegram telegram = FakeTelegram.start()) {
            Map<String, String> env = socket();
            env.put("RELAIS_TELEGRAM_TOKEN", telegram.token());
            env.put("RELAIS_TELEGRAM_API_URL", telegram.url());
            serve(env);
            assertThat(get("/healthz").body()).contains("\"platform\":\"telegram\"", "\"platform\":\"slack\"")
                    .doesNotContain("\"connected\":false");
            new TelegramChat(telegram, 6023381147L, "fr").send("/start", "Choisissez une action");
            SlackChat marie = new SlackChat(fake, new SocketInbound(fake.socketMode()), MARIE, "en-US");
            marie.dm("hello");
            marie.expect("Pick an action");
            Scrape metrics = new Scrape(get("/metrics").body());
            for (String platform : List.of("telegram", "slack")) {
                String label = "platform=\"" + platform + "\"";
                assertThat(metrics.sum("relais_updates_total", label)).as(platform).isGreaterThanOrEqualTo(1);
                assertThat(metrics.sum("relais_answer_latency_seconds_count", label)).as(platform).isGreaterThanOrEqualTo(1);
                assertThat(metrics.sum("relais_sends_total", label, "outcome=\"delivered\"")).as(platform).isGreaterThanOrEqualTo(1);
            }
            relais.terminate(Duration.ofSeconds(10));
            assertThat(relais.stderr()).contains("relais serve: stopped").doesNotContain(telegram.token());
        }
    }

    @Test
    void aRefusedBotTokenStopsStartUpWithOneLineAndNoToken() throws Exception {
        Map<String, String> env = http();
        env.put("RELAIS_SLACK_BOT_TOKEN", "xoxb-1111111111111-2222222222222-NotTheFakesTokenAtAll0");
        relais = RelaisProcess.start(dir, env, "serve");
        assertThat(relais.finish()).isEqualTo(1);
        assertThat(relais.stderr()).contains("relais: Slack refused the bot token (invalid_auth): check RELAIS_SLACK_BOT_TOKEN")
                .doesNotContain("NotTheFakesTokenAtAll0");
    }
}
