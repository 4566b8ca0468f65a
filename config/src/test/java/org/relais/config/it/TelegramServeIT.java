package org.relais.config.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.relais.core.campaign.LengthRule;
import org.relais.core.testing.Links;
import org.relais.core.text.Lengths;
import org.relais.telegram.fake.FakeTelegram;
import org.relais.telegram.fake.SentMessage;
import org.relais.telegram.fake.TelegramChat;

/**
 * {@code relais serve} from the real jar against the loopback fake Bot API: a volunteer from /start
 * to a valid X link with #OCASSS and the target; kill -9 in the middle and a restart; an update
 * delivered again; a 429; the token in no log line; SIGTERM within five seconds; webhook mode with
 * its secret; /healthz.
 */
class TelegramServeIT extends ServeITBase {
    private static final long MARIE = 6023381147L;

    private final FakeTelegram fake = FakeTelegram.start();

    @AfterEach
    void stopFake() {
        fake.close();
    }

    private Map<String, String> env() {
        return telegramEnv(fake);
    }

    @Test
    void aVolunteerReachesAValidXLinkAndTheBotSurvivesKillAndRestart() throws Exception {
        serve(env());
        assertThat(get("/healthz").body()).contains("\"platform\":\"telegram\"", "\"mode\":\"long-polling\"", "\"connected\":true");
        TelegramChat chat = new TelegramChat(fake, MARIE, "fr");
        chat.send("/start", "Choisissez une action");
        chat.press("Rehausser le financement du PSOC", "Étape 1 sur 5");
        chat.press("1", "Étape 2 sur 5");
        relais.kill();

        serve(env());
        chat.press("Suivant", "Étape 3 sur 5");
        fake.failNext("sendMessage", 429, 1);
        chat.press("Suivant", "Étape 4 sur 5");
        assertThat(fake.tooManyRequestsGiven()).isEqualTo(1);
        chat.press("C’est prêt", "Étape 5 sur 5");
        String post = Links.text(chat.link("Publier sur X"));
        assertThat(post).contains("#OCASSS", "@luciecharlebois");
        assertThat(Lengths.x(post, LengthRule.X280).fits()).isTrue();
        long reviews = fake.messages(MARIE).stream().filter(m -> m.plainText().contains("Étape 4 sur 5")).count();
        assertThat(reviews).as("the message refused with 429 arrived once").isEqualTo(1);
        assertThat(fake.rejections().stream().filter(r -> r.kind() != org.relais.telegram.fake.Rejection.Kind.INJECTED)
                .filter(r -> !(r.method().equals("getUpdates") && r.errorCode() == 409)))
                .as("nothing refused but the killed process's long poll, which the new one's ends (409), as Telegram does")
                .isEmpty();
        assertThat(relais.stderr()).doesNotContain(fake.token()).doesNotContain(fake.token().split(":")[1]);

        HttpResponse<String> metrics = get("/metrics");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        Scrape since = new Scrape(metrics.body()); // since the restart: three presses, one 429
        assertThat(since.sum("relais_updates_total", "platform=\"telegram\"", "kind=\"ButtonPressed\""))
                .isGreaterThanOrEqualTo(3);
        assertThat(since.sum("relais_callback_latency_seconds_count", "platform=\"telegram\"")).isGreaterThanOrEqualTo(3);
        assertThat(since.sum("relais_answer_latency_seconds_count", "platform=\"telegram\"")).isGreaterThanOrEqualTo(3);
        assertThat(since.sum("relais_answer_latency_seconds_bucket", "platform=\"telegram\"", "le=\"+Inf\""))
                .isGreaterThanOrEqualTo(3);
        assertThat(since.sum("relais_rate_limited_total", "platform=\"telegram\"")).isEqualTo(1);
        assertThat(since.sum("relais_sends_total", "platform=\"telegram\"", "outcome=\"rate_limited\"")).isEqualTo(1);
        assertThat(since.sum("relais_sends_total", "platform=\"telegram\"", "traffic=\"answer\"", "outcome=\"delivered\""))
                .isGreaterThanOrEqualTo(3);
        assertThat(since.sum("relais_send_queued", "platform=\"telegram\"")).isGreaterThanOrEqualTo(0);
        assertThat(since.sum("relais_inbound_queued", "platform=\"telegram\"")).isGreaterThanOrEqualTo(0);
        assertThat(since.sum("relais_broadcast_pending")).isZero();
        assertThat(metrics.body()).as("counts only: nobody is named").doesNotContain(Long.toString(MARIE));
    }

    /**
     * A coordinator named in RELAIS_COORDINATORS asks for statistics from the real jar: the figures, then
     * the XChart chart as a photo Telegram accepts, a PNG of the documented width; the volunteer counted is
     * named nowhere.
     */
    @Test
    void aCoordinatorGetsTheStatisticsAndTheirChartAsAPhoto() throws Exception {
        long volunteer = 6023381199L;
        Map<String, String> env = env();
        env.put("RELAIS_COORDINATORS", "telegram:" + MARIE);
        serve(env);
        new TelegramChat(fake, volunteer, "fr").send("/start a_psoc", "Étape 1 sur 5");
        TelegramChat coordinator = new TelegramChat(fake, MARIE, "fr");

        coordinator.send("/stats psoc", "Ont commencé : 1");

        SentMessage photo = fake.awaitMessage(MARIE, text -> text != null && text.startsWith("Graphique de"), Duration.ofSeconds(30));
        BufferedImage chart = ImageIO.read(new ByteArrayInputStream(fake.photo(photo).orElseThrow()));
        assertThat(chart.getWidth()).isEqualTo(900);
        assertThat(fake.messages(MARIE)).noneSatisfy(m -> assertThat(String.valueOf(m.body())).contains(Long.toString(volunteer)));
        assertThat(fake.rejections()).isEmpty();
    }

    @Test
    void anUpdateDeliveredAgainAfterARestartIsIgnored() throws Exception {
        serve(env());
        TelegramChat chat = new TelegramChat(fake, MARIE, "fr");
        ObjectNode help = fake.updates().privateText(MARIE, "fr", "/aide");
        chat.after(() -> help.put("update_id", fake.enqueue(help)), "Ce que je sais faire");
        relais.kill();
        serve(env());
        fake.enqueue(help.deepCopy());
        chat.send("/menu", "Choisissez une action");
        long helps = fake.messages(MARIE).stream().map(SentMessage::plainText).filter(t -> t.contains("Ce que je sais faire")).count();
        assertThat(helps).isEqualTo(1);
    }

    /**
     * The paths where a token is most likely to leak: errors, at DEBUG, where the libraries log the
     * calls they make (TelegramBots' URLs hold the token).
     */
    @Test
    void failingCallsLogWhatFailedButNeverTheTokenEvenAtDebug() throws Exception {
        Map<String, String> env = env();
        env.put("RELAIS_LOG_LEVEL", "DEBUG");
        serve(env);
        fake.failNext("getUpdates", 2, 500, "Internal Server Error", null);
        fake.failNext("sendMessage", 5, 502, "Bad Gateway", null);
        TelegramChat chat = new TelegramChat(fake, MARIE, "fr");
        fake.enqueue(fake.updates().privateText(MARIE, "fr", "/aide"));
        chat.send("/start", "Choisissez une action");
        fake.failNext("getUpdates", 1, 401, "Unauthorized", null);
        chat.send("/menu", "Choisissez une action");
        relais.terminate(Duration.ofSeconds(10));
        String log = relais.stderr();
        assertThat(log).as("the failures were logged").contains("getUpdates failed", "giving up");
        assertThat(log).doesNotContain(fake.token()).doesNotContain(fake.token().split(":")[1]);
    }

    @Test
    void sigtermStopsItWithinFiveSeconds() throws Exception {
        serve(env());
        new TelegramChat(fake, MARIE, "fr").send("/start", "Choisissez une action");
        long start = System.nanoTime();
        int status = relais.terminate(Duration.ofSeconds(5));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(status).as("exit status after SIGTERM (-1: still running after 5 s)").isNotEqualTo(-1);
        assertThat(millis).isLessThan(5000);
        assertThat(relais.stderr()).contains("relais serve: stopped");
    }

    @Test
    void webhookModeAcceptsOnlyTheRightSecret() throws Exception {
        Map<String, String> env = env();
        env.put("RELAIS_TELEGRAM_WEBHOOK_URL", "https://relais.example.org/telegram/webhook");
        env.put("RELAIS_TELEGRAM_WEBHOOK_SECRET", "the_Secret-token_123");
        serve(env);
        assertThat(fake.webhook().secretToken()).isEqualTo("the_Secret-token_123");
        assertThat(get("/healthz").body()).contains("\"mode\":\"webhook\"");
        String update = fake.updates().privateText(MARIE, "en", "/start").put("update_id", 501).toString();
        assertThat(postWebhook("wrong", update)).isEqualTo(401);
        assertThat(postWebhook(null, update)).isEqualTo(401);
        assertThat(fake.calls("sendMessage")).isEmpty();
        assertThat(postWebhook("the_Secret-token_123", update)).isEqualTo(200);
        fake.awaitMessage(MARIE, text -> text.contains("Pick an action"), Duration.ofSeconds(20));
        assertThat(relais.stderr()).doesNotContain("the_Secret-token_123");
    }

    private int postWebhook(String secret, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/telegram/webhook"))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void aMalformedOrRefusedTokenStopsStartUpWithOneLineAndNoToken() throws Exception {
        Map<String, String> env = env();
        env.put("RELAIS_TELEGRAM_TOKEN", "not-a-token");
        relais = RelaisProcess.start(dir, env, "serve");
        assertThat(relais.finish()).isEqualTo(2);
        assertThat(relais.stderr().strip()).startsWith("relais: RELAIS_TELEGRAM_TOKEN is malformed").doesNotContain("not-a-token");

        env.put("RELAIS_TELEGRAM_TOKEN", "987654321:AAOtherTokenThatTheFakeDoesNotKnow_xyz12");
        relais = RelaisProcess.start(dir, env, "serve");
        assertThat(relais.finish()).isEqualTo(1);
        assertThat(relais.stderr()).contains("relais: Telegram refused the token (401 Unauthorized): check RELAIS_TELEGRAM_TOKEN")
                .doesNotContain("AAOtherTokenThatTheFakeDoesNotKnow");
    }

    @Test
    void serveWithoutAnyPlatformSaysWhatToSet() throws Exception {
        relais = RelaisProcess.start(dir, Map.of(), "serve");
        assertThat(relais.finish()).isEqualTo(2);
        assertThat(relais.stderr()).contains("relais: serve needs a platform: set RELAIS_TELEGRAM_TOKEN");
    }
}
