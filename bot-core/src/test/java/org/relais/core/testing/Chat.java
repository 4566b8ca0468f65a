package org.relais.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.relais.core.chat.Button;
import org.relais.core.chat.ConversationKey;
import org.relais.core.chat.Event;
import org.relais.core.chat.Origin;
import org.relais.core.chat.Picture;
import org.relais.core.chat.Reply;
import org.relais.core.chat.Response;

/**
 * One user's side of a scripted conversation. Every step sends a real event through the engine and
 * keeps the response for the expectations that follow:
 * {@code chat.send("/start").press("Financement").expect("Étape 1 sur 5")}.
 */
public final class Chat {
    private final ConversationDriver driver;
    private final ConversationKey key;
    private final String languageHint;
    private Event lastEvent;
    private Response last = Response.NONE;
    /** The last response that had buttons: what the user sees under the newest messages. */
    private Response lastWithButtons = Response.NONE;

    Chat(ConversationDriver driver, String userId, String languageHint) {
        this(driver, new ConversationKey(ConversationDriver.PLATFORM, userId), languageHint);
    }

    Chat(ConversationDriver driver, ConversationKey key, String languageHint) {
        this.driver = driver;
        this.key = key;
        this.languageHint = languageHint;
    }

    public ConversationKey key() {
        return key;
    }

    private Origin origin() {
        return new Origin(key, "chat-" + key.userId(), Optional.ofNullable(languageHint), driver.nextDeliveryId());
    }

    public Chat start() {
        return handle(new Event.Started(origin(), Optional.empty()));
    }

    public Chat start(String payload) {
        return handle(new Event.Started(origin(), Optional.of(payload)));
    }

    /** Free text; a leading slash makes it a command, as the engine reads typed commands. */
    public Chat send(String text) {
        return handle(new Event.Text(origin(), text));
    }

    /** Opens the platform's home view (Slack's App Home). */
    public Chat openHome() {
        return handle(new Event.HomeOpened(origin()));
    }

    public Chat command(String name, String args) {
        return handle(new Event.Command(origin(), name, args));
    }

    /** Types {@code /name args} in a group or channel ({@code chatId}) where the bot is. */
    public Chat commandIn(String chatId, String chatType, String title, String name, String args) {
        Origin origin = new Origin(key, chatId, Optional.ofNullable(languageHint), driver.nextDeliveryId());
        return handle(new Event.ChatCommand(origin, name, args, chatType, title));
    }

    /** Presses the one choice button, among the newest ones shown, whose label contains {@code label}. */
    public Chat press(String label) {
        return pressPayload(choice(label).payload());
    }

    public Chat pressPayload(String payload) {
        return handle(new Event.ButtonPressed(origin(), payload));
    }

    /** Delivers the last event again, with the same delivery id, as platforms do. */
    public Chat redeliver() {
        return handle(lastEvent);
    }

    private Chat handle(Event event) {
        lastEvent = event;
        last = driver.engine().handle(event);
        if (last.replies().stream().anyMatch(reply -> !reply.rows().isEmpty())) {
            lastWithButtons = last;
        }
        return this;
    }

    public Response last() {
        return last;
    }

    /** The pictures of the last response, in order. */
    public List<Picture> pictures() {
        return last.replies().stream().flatMap(reply -> reply.picture().stream()).toList();
    }

    public String text() {
        return last.replies().stream().map(Reply::plainText).collect(Collectors.joining("\n---\n"));
    }

    /**
     * French text uses non-breaking spaces before colons and inside « » (MessagesTest checks the
     * bundles); expectations are written with plain spaces and compared with them folded.
     */
    public static String folded(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    /**
     * The exact answer: as many messages as fragments, in order, message i containing fragment i
     * (an empty fragment: any text).
     */
    public Chat expectReplies(String... fragments) {
        List<String> texts = last.replies().stream().map(reply -> folded(reply.plainText())).toList();
        assertThat(texts).as("the messages of the answer").hasSize(fragments.length);
        for (int i = 0; i < fragments.length; i++) {
            assertThat(texts.get(i)).as("message %d of the answer", i + 1).contains(folded(fragments[i]));
        }
        return this;
    }

    /** The answer is one message, containing every fragment. */
    public Chat expectAlone(String... fragments) {
        assertThat(last.replies()).as("one message, got: " + text()).hasSize(1);
        return expect(fragments);
    }

    /**
     * The message whose buttons are the newest the person has (the one they would press next),
     * from this answer or an earlier one, contains every fragment.
     */
    public Chat expectOnScreen(String... fragments) {
        Reply screen = lastWithButtons.replies().stream().filter(reply -> !reply.rows().isEmpty())
                .reduce((first, second) -> second).orElseGet(() -> fail("no message with buttons so far"));
        for (String fragment : fragments) {
            assertThat(folded(screen.plainText())).as("the message with the newest buttons").contains(folded(fragment));
        }
        return this;
    }

    /** The conversation is stored at this state (a step whose message has no button is checked so). */
    public Chat expectAt(String state) {
        Optional<String> stored = driver.store().inTransaction(tx -> tx.conversations().find(key).map(c -> c.state()));
        assertThat(stored).as("the stored conversation's state").contains(state);
        return this;
    }

    public Chat expect(String... fragments) {
        for (String fragment : fragments) {
            assertThat(folded(text())).as("what the bot said").contains(folded(fragment));
        }
        return this;
    }

    /** Buttons among the newest ones whose labels contain each fragment. */
    public Chat expectButtons(String... fragments) {
        for (String fragment : fragments) {
            assertThat(labels()).as("the buttons").anyMatch(label -> folded(label).contains(folded(fragment)));
        }
        return this;
    }

    public Chat expectNoButton(String fragment) {
        assertThat(labels()).as("the buttons").noneMatch(label -> folded(label).contains(folded(fragment)));
        return this;
    }

    public Chat expectNot(String fragment) {
        assertThat(folded(text())).as("what the bot said").doesNotContain(folded(fragment));
        return this;
    }

    public Chat expectNotice(String fragment) {
        assertThat(last.notice()).as("the button notice")
                .hasValueSatisfying(n -> assertThat(folded(n)).contains(folded(fragment)));
        return this;
    }

    public Chat expectSilence() {
        assertThat(last.isEmpty()).as("no answer expected, got: " + text()).isTrue();
        return this;
    }

    /** The newest buttons, choices and links. */
    public List<Button> buttons() {
        return lastWithButtons.replies().stream().flatMap(reply -> reply.buttons().stream()).toList();
    }

    public List<String> labels() {
        return buttons().stream().map(Button::label).toList();
    }

    public Button.Choice choice(String label) {
        List<Button.Choice> found = buttons().stream()
                .filter(b -> b instanceof Button.Choice && folded(b.label()).contains(folded(label)))
                .map(b -> (Button.Choice) b)
                .toList();
        if (found.size() != 1) {
            fail("expected one button labelled like '" + label + "', found " + found.size() + " among " + labels());
        }
        return found.get(0);
    }

    public String link(String label) {
        List<Button.Link> found = buttons().stream()
                .filter(b -> b instanceof Button.Link && folded(b.label()).contains(folded(label)))
                .map(b -> (Button.Link) b)
                .toList();
        if (found.size() != 1) {
            fail("expected one link labelled like '" + label + "', found " + found.size() + " among " + labels());
        }
        return found.get(0).url();
    }

    /** The URL of a link in the text (e-mail links live there). */
    public String textLink(String label) {
        return last.replies().stream()
                .flatMap(reply -> reply.text().stream())
                .filter(span -> span instanceof org.relais.core.chat.Span.Link && folded(span.text()).contains(folded(label)))
                .map(span -> ((org.relais.core.chat.Span.Link) span).url())
                .findFirst()
                .orElseGet(() -> fail("no link in the text labelled like '" + label + "' in: " + text()));
    }
}
