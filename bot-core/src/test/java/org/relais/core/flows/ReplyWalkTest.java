package org.relais.core.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.relais.core.chat.Button;
import org.relais.core.chat.ConversationKey;
import org.relais.core.chat.Event;
import org.relais.core.chat.Origin;
import org.relais.core.chat.Payload;
import org.relais.core.chat.Reply;
import org.relais.core.chat.Response;
import org.relais.core.chat.Span;
import org.relais.core.engine.Engine;
import org.relais.core.i18n.Language;
import org.relais.core.memory.InMemoryStore;
import org.relais.core.port.StoredConversation;
import org.relais.core.testing.MutableClock;
import org.relais.core.testing.TestCampaigns;

/**
 * Walks every reply the flows can produce (breadth first over button presses and a set of typed
 * inputs, in both languages, on the test campaign whose ids and handles are the longest allowed)
 * and checks each against the limits adapters rely on: payloads of at most 64 UTF-8 bytes that the
 * engine can read back, https links, short non-empty labels, no unformatted placeholder, and never
 * an apology for a bug.
 */
class ReplyWalkTest {
    private static final int MAX_NODES = 4000;
    /** Typed inputs tried at every step: tame, wrong, huge, and requests for something else. */
    private static final List<String> TYPED = List.of(
            "texte libre de la personne bénévole", "@un_nom @josé", "#café #123", "mastodon.social", "depute@example.org",
            "2", "42", "merci", "bonne idée", "oui", "👨‍👩‍👧‍👦".repeat(136), "x".repeat(2100),
            "comment lier facebook et twitter ?", "/aide", "/annuler", "/langue en", "/langue", "/language xx", "/oublier",
            "/start a_psoc", "");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[0-9]+\\}");

    private final MutableClock clock = MutableClock.at(TestCampaigns.TODAY);
    private int deliveries;

    @Test
    void everyReplyOfEveryReachableStepKeepsThePlatformLimits() {
        Set<String> seen = new HashSet<>();
        Deque<InMemoryStore> queue = new ArrayDeque<>();
        int checkedReplies = 0;
        Set<String> statesSeen = new HashSet<>();
        for (String hint : new String[] {"fr", "en"}) {
            InMemoryStore store = new InMemoryStore();
            checkedReplies += check(send(store, new Event.Started(origin(hint), Optional.empty())));
            queue.add(store);
        }
        int nodes = 0;
        while (!queue.isEmpty() && nodes < MAX_NODES) {
            InMemoryStore store = queue.poll();
            nodes++;
            StoredConversation at = store.inTransaction(tx -> tx.conversations().find(KEY)).orElseThrow();
            statesSeen.add(at.state());
            List<Event> next = new ArrayList<>();
            for (String typed : TYPED) {
                next.add(new Event.Text(origin(at.language()), typed));
            }
            for (String payload : payloadsOfStep(store, at)) {
                next.add(new Event.ButtonPressed(origin(at.language()), payload));
            }
            for (Event event : next) {
                InMemoryStore fork = store.copy();
                Response response = send(fork, event);
                checkedReplies += check(response);
                StoredConversation after = fork.inTransaction(tx -> tx.conversations().find(KEY)).orElse(null);
                if (after != null && seen.add(shape(fork, after))) {
                    queue.add(fork);
                }
            }
        }
        assertThat(statesSeen).as("the walk reaches every state").containsAll(
                List.of(States.MENU, States.CHOOSE_WORDING, States.WRITE_OWN, States.CHOOSE_TARGETS, States.CHOOSE_HASHTAGS,
                        States.REVIEW, States.EDIT_TEXT, States.READY, States.ASK_INSTANCE, States.CONFIRM_POSTED,
                        States.GUIDE, States.TIPS, States.RELAY, States.CHOOSE_LANGUAGE, States.CONFIRM_FORGET));
        assertThat(queue).as("the walk ends before its bound of %d steps", MAX_NODES).isEmpty();
        assertThat(checkedReplies).isGreaterThan(1000);
        System.out.printf("reply walk: %d conversation states explored, %d replies checked%n", nodes, checkedReplies);
    }

    /**
     * What makes a step different for the limits: its state, language and the kinds of buttons it
     * shows. Toggling one more target does not make a new shape, which keeps the walk finite.
     */
    private String shape(InMemoryStore store, StoredConversation at) {
        List<String> verbs = payloadsOfStep(store, at).stream()
                .map(payload -> Payload.parse(payload).map(Payload::verb).orElse("?"))
                .sorted()
                .toList();
        return at.state() + "|" + at.language() + "|" + verbs;
    }

    /** The buttons the step shows, by showing it again on a copy (a stale press shows the current step). */
    private List<String> payloadsOfStep(InMemoryStore store, StoredConversation at) {
        Response shown = send(store.copy(), new Event.ButtonPressed(origin(at.language()), "zz"));
        List<String> payloads = new ArrayList<>();
        for (Reply reply : shown.replies()) {
            for (Button button : reply.buttons()) {
                if (button instanceof Button.Choice choice) {
                    payloads.add(choice.payload());
                }
            }
        }
        return payloads;
    }

    private int check(Response response) {
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
        return response.replies().size();
    }

    private static final ConversationKey KEY = new ConversationKey("test", "walker");

    private Origin origin(String hint) {
        return new Origin(KEY, "walker-chat", Optional.of(hint), "w" + (++deliveries));
    }

    private Response send(InMemoryStore store, Event event) {
        Engine engine = new Engine(RelaisDialog.create(), store, TestCampaigns::standard, clock, Language.FR);
        return engine.handle(event);
    }
}
