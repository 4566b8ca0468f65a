package org.relais.core.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.relais.core.chat.Button;
import org.relais.core.chat.Payload;
import org.relais.core.chat.Reply;
import org.relais.core.chat.Response;
import org.relais.core.chat.Span;
import org.relais.core.flows.coordination.ActionEditorFlow;
import org.relais.core.testing.ReplyWalker;

/**
 * Every reply the flows can produce keeps the limits every adapter relies on: payloads of at most 64
 * UTF-8 bytes that the engine can read back, https links, short non-empty labels, no unformatted
 * placeholder, and never an apology for a bug.
 */
class ReplyWalkTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[0-9]+\\}");

    @Test
    void everyReplyOfEveryReachableStepKeepsThePlatformLimits() {
        ReplyWalker walker = new ReplyWalker();
        int replies = walker.walk(ReplyWalkTest::check);
        assertThat(walker.statesSeen()).as("the walk reaches every state").containsAll(
                List.of(States.MENU, States.CHOOSE_WORDING, States.WRITE_OWN, States.CHOOSE_TARGETS, States.CHOOSE_HASHTAGS,
                        States.REVIEW, States.EDIT_TEXT, States.READY, States.ASK_INSTANCE, States.CONFIRM_POSTED,
                        States.GUIDE, States.TIPS, States.RELAY, States.CHOOSE_LANGUAGE, States.CONFIRM_FORGET))
                .containsAll(ActionEditorFlow.states());
        assertThat(walker.finished()).as("the walk ends before its bound of %d steps", ReplyWalker.MAX_STEPS).isTrue();
        assertThat(replies).isGreaterThan(1000);
        System.out.printf("reply walk: %d conversation states explored, %d replies checked%n", walker.steps(), replies);
    }

    private static void check(Response response) {
        for (Reply reply : response.replies()) {
            String text = reply.plainText();
            assertThat(text).as("reply text").isNotBlank();
            assertThat(PLACEHOLDER.matcher(text).find()).as("unformatted placeholder in: " + text).isFalse();
            assertThat(text).as("no bug apology").doesNotContain("quelque chose s’est mal passé")
                    .doesNotContain("something went wrong");
            for (Span span : reply.text()) {
                if (span instanceof Span.Link link) {
                    assertThat(link.url()).matches("(https://|mailto:).+");
                }
            }
            assertThat(reply.buttons().size()).as("buttons in one message").isLessThanOrEqualTo(100);
            for (List<Button> row : reply.rows()) {
                assertThat(row.size()).as("buttons in a row").isLessThanOrEqualTo(8);
            }
            for (Button button : reply.buttons()) {
                assertThat(button.label()).isNotBlank();
                assertThat(button.label().codePointCount(0, button.label().length())).as(button.label()).isLessThanOrEqualTo(75);
                if (button instanceof Button.Choice choice) {
                    assertThat(choice.payload().getBytes(StandardCharsets.UTF_8).length).as(choice.payload())
                            .isLessThanOrEqualTo(Payload.MAX_BYTES);
                    assertThat(Payload.parse(choice.payload())).as(choice.payload()).isPresent();
                } else if (button instanceof Button.Link link) {
                    assertThat(link.url()).startsWith("https://").doesNotContain(" ");
                    assertThat(link.url().length()).isLessThanOrEqualTo(3000);
                }
            }
        }
    }
}
