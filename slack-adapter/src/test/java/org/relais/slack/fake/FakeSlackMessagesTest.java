package org.relais.slack.fake;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.asBlocks;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.asElements;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.view.Views.view;
import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.chat.ChatUpdateResponse;
import com.slack.api.methods.response.views.ViewsPublishResponse;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.webhook.WebhookResponse;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Posting, updating, ephemeral messages, the App Home and response URLs, through Slack's own SDK. */
class FakeSlackMessagesTest extends WithFakeSlack {

    private static final String USER = "U0CAMILLE";

    private static List<LayoutBlock> card(String title) {
        return asBlocks(header(h -> h.text(plainText(title))),
                section(s -> s.text(markdownText("*Sign* the petition"))),
                context(c -> c.elements(List.of(markdownText("3 days left")))),
                actions(a -> a.elements(asElements(
                        button(b -> b.text(plainText("Sign")).actionId("sign").value("petition-7")),
                        button(b -> b.text(plainText("Read")).url("https://example.org/p/7"))))));
    }

    private String dm() {
        fake.declareUser(USER, "fr-CA");
        return fake.dmChannel(USER);
    }

    @Test
    void postMessageStoresTheMessageAsSlackShowsIt() throws IOException, SlackApiException {
        String dm = dm();

        ChatPostMessageResponse first = methods.chatPostMessage(r -> r.channel(dm).text("Petition").blocks(card("Hi")));
        ChatPostMessageResponse reply = methods.chatPostMessage(r -> r.channel(dm).text("more")
                .threadTs(first.getTs()));

        assertThat(first.isOk()).isTrue();
        assertThat(first.getChannel()).isEqualTo(dm);
        assertThat(first.getTs()).matches("\\d{10}\\.\\d{6}");
        assertThat(reply.getTs()).isGreaterThan(first.getTs());
        assertThat(first.getMessage().getBotId()).isEqualTo(fake.botId());
        assertThat(first.getMessage().getBlocks()).hasSize(4);
        SlackMessage stored = fake.messages(dm).get(0);
        assertThat(stored.plainText()).isEqualTo("Petition\nHi\n*Sign* the petition\n3 days left\nSign\nRead");
        assertThat(stored.blocks().get(0).getAsJsonObject().get("block_id").getAsString()).isNotBlank();
        assertThat(stored.buttons()).extracting(Button::label, Button::value, Button::url).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Sign", "petition-7", null),
                org.assertj.core.groups.Tuple.tuple("Read", null, "https://example.org/p/7"));
        assertThat(stored.buttons().get(1).actionId()).as("Slack gives one").isNotBlank();
        assertThat(fake.lastMessage(dm).orElseThrow().threadTs()).isEqualTo(first.getTs());
    }

    @Test
    void aUserIdAsChannelPostsToTheirDmAndAnUnknownChannelIsNotFound() throws IOException, SlackApiException {
        String dm = dm();

        ChatPostMessageResponse toUser = methods.chatPostMessage(r -> r.channel(USER).text("hello"));
        ChatPostMessageResponse nowhere = methods.chatPostMessage(r -> r.channel("C0NOWHERE").text("hello"));

        assertThat(toUser.getChannel()).isEqualTo(dm);
        assertThat(fake.messages(dm)).extracting(SlackMessage::text).containsExactly("hello");
        assertThat(nowhere.getError()).isEqualTo("channel_not_found");
        assertThat(fake.rejections()).extracting(Rejection::error).containsExactly("channel_not_found");
    }

    @Test
    void chatUpdateReplacesWhatIsGivenAndCountsTheEdits() throws IOException, SlackApiException {
        String dm = dm();
        String ts = methods.chatPostMessage(r -> r.channel(dm).text("v1").blocks(card("One"))).getTs();

        ChatUpdateResponse textOnly = methods.chatUpdate(r -> r.channel(dm).ts(ts).text("v2"));
        methods.chatUpdate(r -> r.channel(dm).ts(ts).text("v3").blocks(card("Three")));
        ChatUpdateResponse missing = methods.chatUpdate(r -> r.channel(dm).ts("1.000001").text("x"));

        assertThat(textOnly.isOk()).isTrue();
        SlackMessage now = fake.lastMessage(dm).orElseThrow();
        assertThat(now.edits()).isEqualTo(2);
        assertThat(now.text()).isEqualTo("v3");
        assertThat(now.plainText()).contains("Three").doesNotContain("One");
        assertThat(fake.calls("chat.update").get(0).param("text")).isEqualTo("v2");
        assertThat(missing.getError()).isEqualTo("message_not_found");
    }

    @Test
    void ephemeralMessagesAreKeptApartAndOnlyForMembers() throws IOException, SlackApiException {
        String dm = dm();
        fake.declareUser("U0OTHER", "en-US");

        String ts = methods.chatPostEphemeral(r -> r.channel(dm).user(USER).text("only you")).getMessageTs();
        String stranger = methods.chatPostEphemeral(r -> r.channel(dm).user("U0OTHER").text("x")).getError();

        assertThat(ts).isNotBlank();
        assertThat(fake.messages(dm)).isEmpty();
        assertThat(fake.ephemerals(dm)).singleElement().satisfies(m -> {
            assertThat(m.ephemeralTo()).isEqualTo(USER);
            assertThat(m.text()).isEqualTo("only you");
        });
        assertThat(stranger).isEqualTo("user_not_in_channel");
        assertThat(fake.awaitText(dm, "only you", java.time.Duration.ZERO).isEphemeral()).isTrue();
    }

    @Test
    void aResponseUrlCanReplaceAnEphemeralMessageWhichChatUpdateCannot() throws IOException, SlackApiException {
        String dm = dm();
        String ts = methods.chatPostEphemeral(r -> r.channel(dm).user(USER).text("Sign?").blocks(card("Sign?")))
                .getMessageTs();
        SlackMessage ephemeral = fake.ephemerals(dm).get(0);
        String url = fake.events().blockActions(USER, ephemeral, "sign").get("response_url").getAsString();

        String viaUpdate = methods.chatUpdate(r -> r.channel(dm).ts(ts).text("x")).getError();
        WebhookResponse replaced = slack.send(url, "{\"replace_original\":true,\"text\":\"Signed\"}");

        assertThat(viaUpdate).isEqualTo("message_not_found");
        assertThat(replaced.getCode()).isEqualTo(200);
        assertThat(fake.ephemerals(dm)).singleElement().satisfies(m -> {
            assertThat(m.ts()).isEqualTo(ts);
            assertThat(m.text()).isEqualTo("Signed");
            assertThat(m.edits()).isEqualTo(1);
            assertThat(m.ephemeralTo()).isEqualTo(USER);
        });
    }

    @Test
    void viewsPublishKeepsTheLatestHomeUnderOneViewId() throws IOException, SlackApiException {
        dm();

        ViewsPublishResponse first = methods.viewsPublish(r -> r.userId(USER)
                .view(view(v -> v.type("home").blocks(card("Welcome")))));
        ViewsPublishResponse second = methods.viewsPublish(r -> r.userId(USER)
                .view(view(v -> v.type("home").blocks(card("Again")))));
        ViewsPublishResponse stale = methods.viewsPublish(r -> r.userId(USER).hash(first.getView().getHash())
                .view(view(v -> v.type("home").blocks(card("Stale")))));
        ViewsPublishResponse stranger = methods.viewsPublish(r -> r.userId("U0NOBODY")
                .view(view(v -> v.type("home").blocks(card("x")))));

        assertThat(first.getView().getId()).startsWith("V").isEqualTo(second.getView().getId());
        assertThat(first.getView().getHash()).isNotEqualTo(second.getView().getHash());
        HomeView home = fake.homeView(USER).orElseThrow();
        assertThat(home.publishes()).isEqualTo(2);
        assertThat(home.plainText()).startsWith("Again");
        assertThat(home.buttons()).extracting(Button::actionId).contains("sign");
        assertThat(stale.getError()).isEqualTo("hash_conflict");
        assertThat(stranger.getError()).isEqualTo("user_not_found");
    }

    @Test
    void aResponseUrlReplacesPostsAndServesFiveTimes() throws IOException, SlackApiException {
        String dm = dm();
        String ts = methods.chatPostMessage(r -> r.channel(dm).text("Sign?").blocks(card("Sign?"))).getTs();
        String url = fake.newResponseUrl(dm, ts, USER);

        WebhookResponse replaced = slack.send(url, "{\"replace_original\":true,\"text\":\"Signed, thanks\"}");
        slack.send(url, "{\"text\":\"just for you\"}");
        slack.send(url, "{\"response_type\":\"in_channel\",\"text\":\"for everyone\"}");
        slack.send(url, "{\"replace_original\":\"true\",\"text\":\"Signed again\"}");
        WebhookResponse invalid = slack.send(url, "{\"text\":\"x\",\"blocks\":[{\"type\":\"nope\"}]}");
        slack.send(url, "{\"text\":\"fifth\"}");
        WebhookResponse sixth = slack.send(url, "{\"text\":\"sixth\"}");

        assertThat(replaced.getCode()).isEqualTo(200);
        assertThat(replaced.getBody()).isEqualTo("{\"ok\":true}");
        SlackMessage original = fake.messages(dm).get(0);
        assertThat(original.text()).isEqualTo("Signed again");
        assertThat(original.blocks()).as("replaced entirely").isEmpty();
        assertThat(original.edits()).isEqualTo(2);
        assertThat(fake.ephemerals(dm)).extracting(SlackMessage::text).containsExactly("just for you", "fifth");
        assertThat(fake.messages(dm)).extracting(SlackMessage::text).containsExactly("Signed again", "for everyone");
        assertThat(invalid.getCode()).isEqualTo(400);
        assertThat(invalid.getBody()).contains("invalid_blocks", "unsupported type: nope");
        assertThat(sixth.getCode()).isEqualTo(404);
        assertThat(sixth.getBody()).contains("used_url");
        assertThat(fake.calls(Call.RESPONSE_URL)).hasSize(7)
                .allSatisfy(call -> assertThat(call.channel()).isEqualTo(dm));
    }
}
