package org.relais.slack.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.relais.core.chat.ConversationKey;
import org.relais.core.port.StoredConversation;
import org.relais.slack.BotOnFake;
import org.relais.slack.fake.Call;
import org.relais.slack.fake.HttpInbound;
import org.relais.slack.fake.SlackChat;
import org.relais.slack.fake.SlackSigner;

/** The scenarios in HTTP mode: signed requests at /slack/events; and what is not signed right is refused. */
class SlackHttpTest extends SlackScenarios {
    @Override
    BotOnFake start() {
        return BotOnFake.http(fake, engine);
    }

    @Test
    void forgedStaleOrFutureRequestsGet401AndTouchNothing() {
        SlackChat marie = chat(MARIE, "fr-CA");
        List<Call> before = fake.calls();
        HttpInbound slack = run.http();
        JsonObject event = fake.events().dm(MARIE, "bonjour");
        JsonObject command = fake.events().command(MARIE, fake.dmChannel(MARIE), "/relais", "guide");
        long now = SlackSigner.now();
        for (HttpInbound forged : List.of(slack.withSecret("not-the-signing-secret"), slack.withTimestamp(now - 330),
                slack.withTimestamp(now + 330))) {
            assertThat(forged.event(event).status()).isEqualTo(401);
            assertThat(forged.command(command).status()).isEqualTo(401);
            assertThat(forged.event(fake.events().urlVerification()).status()).isEqualTo(401);
        }
        pause(java.time.Duration.ofMillis(500));
        assertThat(fake.calls()).as("no Web API call").isEqualTo(before);
        Optional<StoredConversation> stored = store.inTransaction(tx -> tx.conversations().find(new ConversationKey("slack", MARIE)));
        assertThat(stored).as("nothing stored").isEmpty();
        marie.dm("bonjour");
        marie.expect("Choisissez une action");
    }
}
