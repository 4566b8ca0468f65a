package org.relais.slack.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.views.ViewsPublishResponse;
import com.slack.api.model.view.View;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.relais.core.chat.Reply;
import org.relais.core.testing.ReplyWalker;
import org.relais.slack.fake.FakeSlack;

/**
 * Every reply the flows can produce, rendered in Block Kit and posted to the fake Web API, which
 * validates as Slack does: at most 50 blocks a message (100 a view), section text at most 3000, button
 * text at most 75 and values at most 2000, at most 25 elements a block, unique action ids. Every
 * message has its fallback text. Nothing may be refused, as a message or as a home view.
 */
class SlackLimitsWalkTest {
    private static final String USER = "U0WALKER1";

    @Test
    void everyReplyTheFlowsCanProduceIsAcceptedBySlack() throws Exception {
        try (FakeSlack fake = FakeSlack.start()) {
            fake.declareUser(USER, "fr-CA");
            String dm = fake.dmChannel(USER);
            SlackConfig config = new SlackConfig();
            config.setMethodsEndpointUrlPrefix(fake.apiUrl());
            config.setStatsEnabled(false);
            MethodsClient methods = Slack.getInstance(config).methods(fake.botToken());
            int[] sent = {0};
            new ReplyWalker().walk(response -> {
                for (Reply reply : response.replies()) {
                    for (BlockKit.Message message : BlockKit.messages(reply, Optional.of("Une note en petits caractères."))) {
                        assertThat(message.text()).as("the fallback text").isNotBlank();
                        post(methods, dm, message);
                        sent[0]++;
                    }
                }
                if (!response.replies().isEmpty()) {
                    publish(methods, BlockKit.view(response.replies()));
                }
            });
            assertThat(fake.rejections()).as("Slack refused nothing").isEmpty();
            assertThat(sent[0]).isGreaterThan(2000);
        }
    }

    private static void post(MethodsClient methods, String channel, BlockKit.Message message) {
        try {
            ChatPostMessageResponse answer = methods.chatPostMessage(r -> r.channel(channel).text(message.text())
                    .blocks(message.blocks()));
            assertThat(answer.isOk()).as("chat.postMessage: %s %s", answer.getError(), answer.getResponseMetadata())
                    .isTrue();
        } catch (Exception e) {
            throw new AssertionError("Slack could not be reached", e);
        }
    }

    private static void publish(MethodsClient methods, List<com.slack.api.model.block.LayoutBlock> blocks) {
        try {
            ViewsPublishResponse answer = methods.viewsPublish(r -> r.userId(USER)
                    .view(View.builder().type("home").blocks(blocks).build()));
            assertThat(answer.isOk()).as("views.publish: %s %s", answer.getError(), answer.getResponseMetadata()).isTrue();
        } catch (Exception e) {
            throw new AssertionError("Slack could not be reached", e);
        }
    }
}
