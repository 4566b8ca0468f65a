package org.relais.slack.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.views.ViewsPublishResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Block Kit's limits and the message rules, each refused as Slack refuses it and recorded. */
class FakeSlackValidationTest extends WithFakeSlack {

    private static final String CHANNEL = "C0GENERAL";

    @Override
    FakeSlack startFake() {
        return startWithChannels(CHANNEL);
    }

    private static String repeat(String text, int times) {
        return String.join(",", Collections.nCopies(times, text));
    }

    private static String section(int length) {
        return "{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"" + "x".repeat(length) + "\"}}";
    }

    private static String actions(String... elements) {
        return "{\"type\":\"actions\",\"elements\":[" + String.join(",", elements) + "]}";
    }

    private static String button(String text, String extra) {
        return "{\"type\":\"button\",\"text\":{\"type\":\"plain_text\",\"text\":\"" + text + "\"}" + extra + "}";
    }

    private static final String CONTEXT_TEXT = "{\"type\":\"mrkdwn\",\"text\":\"c\"}";

    static Stream<Arguments> invalidBlocks() {
        return Stream.of(
                Arguments.of("51 blocks", "[" + repeat(section(1), 51) + "]",
                        "no more than 50 items allowed [json-pointer:/blocks]"),
                Arguments.of("section text of 3001", "[" + section(3001) + "]",
                        "must be less than 3001 characters [json-pointer:/blocks/0/text/text]"),
                Arguments.of("header of 151", "[{\"type\":\"header\",\"text\":{\"type\":\"plain_text\",\"text\":\""
                        + "h".repeat(151) + "\"}}]",
                        "must be less than 151 characters [json-pointer:/blocks/0/text/text]"),
                Arguments.of("mrkdwn header", "[{\"type\":\"header\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"h\"}}]",
                        "must be plain_text [json-pointer:/blocks/0/text/type]"),
                Arguments.of("button text of 76", "[" + actions(button("b".repeat(76), "")) + "]",
                        "must be less than 76 characters [json-pointer:/blocks/0/elements/0/text/text]"),
                Arguments.of("button value of 2001",
                        "[" + actions(button("b", ",\"value\":\"" + "v".repeat(2001) + "\"")) + "]",
                        "must be less than 2001 characters [json-pointer:/blocks/0/elements/0/value]"),
                Arguments.of("button url of 3001", "[" + actions(button("b", ",\"url\":\"https://x.org/"
                        + "u".repeat(2987) + "\"")) + "]",
                        "must be less than 3001 characters [json-pointer:/blocks/0/elements/0/url]"),
                Arguments.of("action_id of 256",
                        "[" + actions(button("b", ",\"action_id\":\"" + "a".repeat(256) + "\"")) + "]",
                        "must be less than 256 characters [json-pointer:/blocks/0/elements/0/action_id]"),
                Arguments.of("action_id twice in a block", "[" + actions(button("a", ",\"action_id\":\"go\""),
                        button("b", ",\"action_id\":\"go\"")) + "]",
                        "`action_id` \"go\" already exists [json-pointer:/blocks/0/elements/1/action_id]"),
                Arguments.of("26 actions", "[" + actions(repeat(button("b", ""), 26)) + "]",
                        "no more than 25 items allowed [json-pointer:/blocks/0/elements]"),
                Arguments.of("11 context elements", "[{\"type\":\"context\",\"elements\":[" + repeat(CONTEXT_TEXT, 11)
                        + "]}]", "no more than 10 items allowed [json-pointer:/blocks/0/elements]"),
                Arguments.of("block_id twice", "[{\"type\":\"divider\",\"block_id\":\"d\"},"
                        + "{\"type\":\"divider\",\"block_id\":\"d\"}]",
                        "`block_id` \"d\" already exists [json-pointer:/blocks/1/block_id]"),
                Arguments.of("unknown text type",
                        "[{\"type\":\"section\",\"text\":{\"type\":\"markdown\",\"text\":\"t\"}}]",
                        "must be one of: plain_text, mrkdwn [json-pointer:/blocks/0/text/type]"),
                Arguments.of("empty text", "[" + section(0) + "]",
                        "must be more than 0 characters [json-pointer:/blocks/0/text/text]"),
                Arguments.of("unknown block", "[{\"type\":\"carousel\"}]",
                        "unsupported type: carousel [json-pointer:/blocks/0/type]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidBlocks")
    void blocksBreakingALimitAreRefused(String name, String blocks, String error)
            throws IOException, SlackApiException {
        ChatPostMessageResponse answer = methods.chatPostMessage(r -> r.channel(CHANNEL).text("t")
                .blocksAsString(blocks));

        assertThat(answer.isOk()).isFalse();
        assertThat(answer.getError()).isEqualTo("invalid_blocks");
        assertThat(answer.getErrors()).containsExactly(error);
        assertThat(answer.getResponseMetadata().getMessages()).containsExactly("[ERROR] " + error);
        assertThat(fake.messages(CHANNEL)).isEmpty();
        assertThat(fake.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.kind()).isEqualTo(Rejection.Kind.VALIDATION);
            assertThat(rejection.messages()).containsExactly(error);
        });
    }

    @Test
    void blocksAtTheLimitsAreAccepted() throws IOException, SlackApiException {
        String atLimits = "[" + section(3000) + "," + actions(button("b".repeat(75), ",\"value\":\"" + "v".repeat(2000)
                + "\",\"action_id\":\"" + "a".repeat(255) + "\"")) + "," + repeat(section(1), 48) + "]";
        String sameIdInTwoBlocks = "[" + actions(button("a", ",\"action_id\":\"go\"")) + ","
                + actions(button("b", ",\"action_id\":\"go\"")) + "]";

        assertThat(methods.chatPostMessage(r -> r.channel(CHANNEL).text("t").blocksAsString(atLimits)).isOk()).isTrue();
        assertThat(methods.chatPostMessage(r -> r.channel(CHANNEL).text("t").blocksAsString(sameIdInTwoBlocks)).isOk())
                .as("Slack wants an action_id unique in its block only").isTrue();
        try (FakeSlack strict = FakeSlack.builder().uniqueActionIdsPerMessage(true).start()) {
            strict.declareChannel(CHANNEL);
            RawHttp.Answer refused = RawHttp.post(strict.apiUrl() + "chat.postMessage", HttpInbound.FORM,
                    "token=" + strict.botToken() + "&channel=" + CHANNEL + "&text=t&blocks="
                            + java.net.URLEncoder.encode(sameIdInTwoBlocks, java.nio.charset.StandardCharsets.UTF_8),
                    java.util.Map.of());
            assertThat(refused.json().get("error").getAsString()).isEqualTo("invalid_blocks");
        }
    }

    @Test
    void textRulesFollowSlacks() throws IOException, SlackApiException {
        ChatPostMessageResponse nothing = methods.chatPostMessage(r -> r.channel(CHANNEL));
        ChatPostMessageResponse tooLong = methods.chatPostMessage(r -> r.channel(CHANNEL).text("x".repeat(40_001)));
        ChatPostMessageResponse longest = methods.chatPostMessage(r -> r.channel(CHANNEL).text("x".repeat(40_000)));
        ChatPostMessageResponse unparsable = methods.chatPostMessage(r -> r.channel(CHANNEL).text("t")
                .blocksAsString("[{\"type\":"));
        ChatPostMessageResponse notAnArray = methods.chatPostMessage(r -> r.channel(CHANNEL).text("t")
                .blocksAsString("{\"type\":\"divider\"}"));
        ChatPostMessageResponse blocksOnly = methods.chatPostMessage(r -> r.channel(CHANNEL)
                .blocksAsString("[" + section(5) + "]"));

        assertThat(nothing.getError()).isEqualTo("no_text");
        assertThat(tooLong.getError()).isEqualTo("msg_too_long");
        assertThat(longest.isOk()).isTrue();
        assertThat(unparsable.getError()).isEqualTo("invalid_blocks_format");
        assertThat(notAnArray.getError()).isEqualTo("invalid_blocks_format");
        assertThat(blocksOnly.isOk()).isTrue();
        assertThat(blocksOnly.getWarning()).isEqualTo("missing_text");
        assertThat(blocksOnly.getResponseMetadata().getWarnings()).containsExactly("missing_text");
        assertThat(fake.rejections()).extracting(Rejection::error, Rejection::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("no_text", Rejection.Kind.VALIDATION),
                org.assertj.core.groups.Tuple.tuple("msg_too_long", Rejection.Kind.VALIDATION),
                org.assertj.core.groups.Tuple.tuple("invalid_blocks_format", Rejection.Kind.VALIDATION),
                org.assertj.core.groups.Tuple.tuple("invalid_blocks_format", Rejection.Kind.VALIDATION),
                org.assertj.core.groups.Tuple.tuple("missing_text", Rejection.Kind.WARNING));
    }

    @Test
    void aHomeViewHoldsAHundredBlocksAndIsRefusedWithInvalidArguments() throws IOException, SlackApiException {
        fake.declareUser("U0HOME", "en-US");
        String hundred = "{\"type\":\"home\",\"blocks\":[" + repeat(section(1), 100) + "]}";
        String tooMany = "{\"type\":\"home\",\"blocks\":[" + repeat(section(1), 101) + "]}";

        ViewsPublishResponse accepted = methods.viewsPublish(r -> r.userId("U0HOME").viewAsString(hundred));
        ViewsPublishResponse refused = methods.viewsPublish(r -> r.userId("U0HOME").viewAsString(tooMany));
        ViewsPublishResponse modal = methods.viewsPublish(r -> r.userId("U0HOME")
                .viewAsString("{\"type\":\"modal\",\"blocks\":[]}"));

        assertThat(accepted.isOk()).isTrue();
        assertThat(refused.getError()).isEqualTo("invalid_arguments");
        assertThat(refused.getResponseMetadata().getMessages())
                .containsExactly("[ERROR] no more than 100 items allowed [json-pointer:/view/blocks]");
        assertThat(modal.getError()).isEqualTo("invalid_arguments");
        assertThat(fake.homeView("U0HOME").orElseThrow().blocks()).hasSize(100);
    }
}
