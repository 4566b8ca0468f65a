package org.relais.slack.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The chat driver against a real Bolt app, over HTTP (signed requests) and over Socket Mode. */
class SlackChatTest extends WithFakeSlack {

    private static final String USER = "U0CHAT";

    @Test
    void aConversationOverHttp() throws Exception {
        try (EchoBot bot = EchoBot.overHttp(fake, slack)) {
            SlackChat chat = new SlackChat(fake, bot.inbound(), USER, "fr-CA");
            fake.declareChannel("C0GENERAL");

            Inbound.Answer answer = chat.dm("hello");
            assertThat(answer.ok()).isTrue();
            assertThat(chat.expect("echo: hello")).contains("Again", "Docs");
            assertThat(chat.link("Docs")).isEqualTo("https://example.org/docs");
            assertThat(chat.link("the guide")).isEqualTo("https://example.org/guide");

            assertThat(chat.press("Again").ok()).isTrue();
            assertThat(chat.expect("pressed hello")).isEqualTo("pressed hello");
            assertThat(fake.lastMessage(chat.dmChannel()).orElseThrow().edits()).isEqualTo(1);

            chat.command("ping");
            assertThat(chat.expect("C'est parti ! pong ping")).startsWith("C\u2019est");
            assertThat(fake.ephemerals(chat.dmChannel())).singleElement()
                    .satisfies(m -> assertThat(m.ephemeralTo()).isEqualTo(USER));

            chat.mention("C0GENERAL", "anyone?");
            assertThat(chat.expectIn("C0GENERAL", "hi there")).isEqualTo("hi there");
            assertThat(fake.lastMessage("C0GENERAL").orElseThrow().threadTs()).isNotNull();

            chat.openHome();
            assertThat(chat.expectHome("Welcome home").buttons()).extracting(Button::label).containsExactly("Refresh");
            chat.pressHome("Refresh");
            assertThat(chat.expectHome("Refreshed").publishes()).isEqualTo(2);
        }
    }

    @Test
    void boltRefusesABadSignatureOrAStaleTimestamp() throws Exception {
        try (EchoBot bot = EchoBot.overHttp(fake, slack)) {
            HttpInbound inbound = new HttpInbound(bot.eventsUrl(), fake.signingSecret());

            Inbound.Answer forged = inbound.withSecret("not-the-secret").event(fake.events().dm(USER, "x"));
            Inbound.Answer stale = inbound.withTimestamp(SlackSigner.stale()).event(fake.events().dm(USER, "x"));
            Inbound.Answer retried = inbound.retried(1, "http_timeout").event(fake.events().dm(USER, "retried"));
            Inbound.Answer challenge = inbound.event(fake.events().urlVerification());

            assertThat(forged.status()).isEqualTo(401);
            assertThat(stale.status()).isEqualTo(401);
            assertThat(retried.ok()).isTrue();
            assertThat(challenge.ok()).isTrue();
            assertThat(fake.awaitText(fake.dmChannel(USER), "echo: retried", Duration.ofSeconds(5))).isNotNull();
            assertThat(fake.messages(fake.dmChannel(USER))).hasSize(1);
        }
    }

    @Test
    void aConversationOverSocketMode() throws Exception {
        try (EchoBot bot = EchoBot.overSocketMode(fake, slack)) {
            SlackChat chat = new SlackChat(fake, bot.inbound(), USER, "en-US");

            chat.dm("over the socket");
            assertThat(chat.expect("echo: over the socket")).contains("Again");
            chat.press("Again");
            chat.expect("pressed over the socket");
            chat.command("ping");
            chat.expect("pong ping");

            assertThat(fake.socketMode().acks()).hasSize(3);
        }
    }

    @Test
    void aMissingAnswerFailsWithWhatTheDmShows() throws Exception {
        try (EchoBot bot = EchoBot.overHttp(fake, slack)) {
            SlackChat chat = new SlackChat(fake, bot.inbound(), USER, "en-US").waitAtMost(Duration.ofMillis(300));
            chat.send("hello", "echo: hello");

            assertThatThrownBy(() -> chat.expect("never said")).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("no answer containing 'never said'")
                    .hasMessageContaining("echo: hello, see <https://example.org/guide|the guide>");
            assertThatThrownBy(() -> chat.press("Nope")).hasMessageContaining("no button labelled like 'Nope'");
        }
    }
}
