package org.relais.slack.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.relais.core.engine.Engine;
import org.relais.core.flows.RelaisDialog;
import org.relais.core.i18n.Language;
import org.relais.core.memory.InMemoryStore;
import org.relais.core.platform.PlatformStatus;
import org.relais.core.testing.TestCampaigns;
import org.relais.slack.BotOnFake;
import org.relais.slack.fake.FakeSlack;
import org.relais.slack.fake.SlackChat;

/** What /healthz says of Slack: the Web API's last answer in HTTP mode, the link too in Socket Mode. */
class SlackHealthTest {
    private final FakeSlack fake = FakeSlack.start();
    private final Engine engine = new Engine(RelaisDialog.create(), new InMemoryStore(), TestCampaigns::standard,
            Clock.systemUTC(), Language.FR);
    private BotOnFake run;

    @AfterEach
    void stop() {
        if (run != null) {
            run.close();
        }
        fake.close();
    }

    private PlatformStatus awaitStatus(boolean connected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        PlatformStatus status = run.bot().status();
        while (status.connected() != connected && System.nanoTime() < deadline) {
            Thread.sleep(20);
            status = run.bot().status();
        }
        return status;
    }

    @Test
    void aRevokedTokenShowsUntilSlackAnswersAgain() throws Exception {
        run = BotOnFake.http(fake, engine);
        assertThat(run.bot().status()).isEqualTo(new PlatformStatus("slack", "http", true, ""));
        SlackChat marie = new SlackChat(fake, run.inbound(), "U0MARIE01", "fr-CA");
        marie.dm("bonjour");
        marie.expect("Choisissez une action");
        fake.failNext("*", 1000, "token_revoked");
        marie.dm("aide");
        PlatformStatus down = awaitStatus(false);
        assertThat(down.connected()).isFalse();
        assertThat(down.detail()).contains("token_revoked").doesNotContain(fake.botToken());
        fake.clearFaults();
        marie.command("");
        marie.expect("Choisissez une action");
        assertThat(awaitStatus(true).connected()).isTrue();
    }

    @Test
    void socketModeIsDownWhileTheLinkIsAndUpAgainOnceReconnected() throws Exception {
        run = BotOnFake.socket(fake, engine);
        assertThat(run.bot().status()).isEqualTo(new PlatformStatus("slack", "socket-mode", true, ""));
        fake.socketMode().dropConnections();
        assertThat(awaitStatus(false).detail()).contains("WebSocket closed");
        fake.socketMode().awaitConnections(2, Duration.ofSeconds(30));
        assertThat(awaitStatus(true).connected()).as("the client reconnects by itself").isTrue();
    }
}
