package org.relais.core.testing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.relais.core.catalog.CatalogInForce;
import org.relais.core.chat.Button;
import org.relais.core.chat.ConversationKey;
import org.relais.core.chat.Event;
import org.relais.core.chat.Origin;
import org.relais.core.chat.Payload;
import org.relais.core.chat.Reply;
import org.relais.core.chat.Response;
import org.relais.core.conversation.Conversation;
import org.relais.core.conversation.ConversationCodec;
import org.relais.core.engine.Coordinators;
import org.relais.core.engine.Engine;
import org.relais.core.flows.RelaisDialog;
import org.relais.core.flows.coordination.ActionEditorFlow;
import org.relais.core.i18n.Language;
import org.relais.core.memory.InMemoryStore;
import org.relais.core.port.StoredConversation;

/**
 * Produces every reply the flows can produce: breadth first over button presses and a set of typed
 * inputs (tame, wrong, huge, requests for something else), in both languages, on the test campaign
 * whose ids and handles are the longest allowed, as a volunteer and as a coordinator (who also walks
 * the action editor). Each adapter checks the replies against its own platform's limits; the core
 * checks what every platform needs.
 */
public final class ReplyWalker {
    public static final int MAX_STEPS = 4000;
    public static final List<String> TYPED = List.of(
            "texte libre de la personne bénévole", "@un_nom @josé", "#café #123", "mastodon.social", "depute@example.org",
            "2", "42", "merci", "bonne idée", "oui", "👨‍👩‍👧‍👦".repeat(136), "x".repeat(2100),
            "comment lier facebook et twitter ?", "/aide", "/annuler", "/langue en", "/langue", "/language xx", "/oublier",
            "/start a_psoc", "", "/nouvelle_action", "/actions",
            "/actions modifier a-very-long-action-id-of-32-char");
    /** In the action editor, where any text is a field's value: fewer, but each kind of value once. */
    public static final List<String> TYPED_IN_EDITOR = List.of(
            "texte libre de la personne bénévole", "x".repeat(2100), "@un_nom @josé",
            "Lucie Charlebois @luciecharlebois lucie@example.org", "#PSOC #polQc", "https://x.com/example/status/1",
            "2026-12-31", "/annuler", "/langue en", "");
    private static final ConversationKey VOLUNTEER = new ConversationKey("test", "walker");
    private static final ConversationKey COORDINATOR = new ConversationKey("test", "coordinating-walker");

    /** One conversation of the walk: its store, and whose it is. */
    private record At(InMemoryStore store, ConversationKey key) {}

    private final MutableClock clock = MutableClock.at(TestCampaigns.TODAY);
    private final Set<String> statesSeen = new HashSet<>();
    private int deliveries;
    private int steps;
    private boolean finished;

    /** Walks, handing every response to {@code check}; answers how many replies it saw. */
    public int walk(Consumer<Response> check) {
        int replies = 0;
        Set<String> seen = new HashSet<>();
        Deque<At> queue = new ArrayDeque<>();
        for (ConversationKey key : List.of(VOLUNTEER, COORDINATOR)) {
            for (String hint : new String[] {"fr", "en"}) {
                InMemoryStore store = new InMemoryStore();
                Response first = send(store, new Event.Started(origin(key, hint), Optional.empty()));
                check.accept(first);
                replies += first.replies().size();
                queue.add(new At(store, key));
            }
        }
        while (!queue.isEmpty() && steps < MAX_STEPS) {
            At step = queue.poll();
            InMemoryStore store = step.store();
            ConversationKey key = step.key();
            steps++;
            StoredConversation at = store.inTransaction(tx -> tx.conversations().find(key)).orElseThrow();
            statesSeen.add(at.state());
            List<Event> next = new ArrayList<>();
            List<String> typed = ActionEditorFlow.states().contains(at.state()) ? TYPED_IN_EDITOR : TYPED;
            typed.forEach(text -> next.add(new Event.Text(origin(key, at.language()), text)));
            payloadsOfStep(store, at).forEach(payload -> next.add(new Event.ButtonPressed(origin(key, at.language()), payload)));
            for (Event event : next) {
                InMemoryStore fork = store.copy();
                Response response = send(fork, event);
                check.accept(response);
                replies += response.replies().size();
                StoredConversation after = fork.inTransaction(tx -> tx.conversations().find(key)).orElse(null);
                // One set of shapes for both people: the coordinator's walk goes on only where the
                // volunteer's could not (the editor), instead of walking the volunteer's steps again.
                if (after != null && seen.add(shape(fork, after))) {
                    queue.add(new At(fork, key));
                }
            }
        }
        finished = queue.isEmpty();
        return replies;
    }

    /** The states the walk went through. */
    public Set<String> statesSeen() {
        return statesSeen;
    }

    public int steps() {
        return steps;
    }

    /** True when the walk ran out of new steps before its bound. */
    public boolean finished() {
        return finished;
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

    /**
     * The buttons the step shows, by showing it again on a copy: a stale press shows the current step
     * once the conversation forgets which keyboard the person has.
     */
    private List<String> payloadsOfStep(InMemoryStore store, StoredConversation at) {
        InMemoryStore copy = store.copy();
        copy.inTransaction(tx -> {
            Conversation conversation = ConversationCodec.decode(tx.conversations().find(at.key()).orElseThrow(), Language.FR);
            conversation.setShown("");
            return tx.conversations().save(ConversationCodec.encode(conversation, clock.instant()));
        });
        Response shown = send(copy, new Event.ButtonPressed(origin(at.key(), at.language()), "zz"));
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

    private Origin origin(ConversationKey key, String hint) {
        return new Origin(key, "walker-chat", Optional.of(hint), "w" + (++deliveries));
    }

    private Response send(InMemoryStore store, Event event) {
        Engine engine = new Engine(RelaisDialog.create(), store, new CatalogInForce(store, TestCampaigns.standard()), clock,
                Language.FR, new Coordinators(Set.of(COORDINATOR)));
        return engine.handle(event);
    }
}
