package org.relais.core.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relais.core.chat.ConversationKey;
import org.relais.core.chat.Event;
import org.relais.core.chat.Origin;
import org.relais.core.chat.Payload;
import org.relais.core.chat.Reply;
import org.relais.core.chat.Response;
import org.relais.core.chat.RichText;
import org.relais.core.conversation.Conversation;
import org.relais.core.conversation.ConversationCodec;
import org.relais.core.i18n.Language;
import org.relais.core.i18n.Messages;
import org.relais.core.metrics.Meters;
import org.relais.core.port.CampaignCatalog;
import org.relais.core.port.ChatMembership;
import org.relais.core.port.Store;
import org.relais.core.port.StoreConflictException;
import org.relais.core.port.StoreException;
import org.relais.core.port.Tx;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles one event in one transaction: skip a delivery already seen, load the conversation, route
 * the event through the {@link Dialog}, show the resulting step, save, commit. The replies are
 * returned only after the commit, for the adapter to send.
 *
 * <p>Errors are of two kinds: a store conflict (another instance changed the conversation) runs the
 * event again; anything else is a bug, logged with a stack trace, and the person gets an apology and
 * the step they were at, unchanged.
 */
public final class Engine {
    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);
    private static final int MAX_ATTEMPTS = 5;
    private static final Duration KEEP_DELIVERY_IDS = Duration.ofDays(7);
    private static final Pattern TYPED_COMMAND = Pattern.compile("^/([A-Za-z_]{1,32})(?:@\\S+)?(?:\\s+(.*))?$", Pattern.DOTALL);

    private final Dialog dialog;
    private final Store store;
    private final CampaignCatalog campaigns;
    private final Clock clock;
    private final Language defaultLanguage;
    private final Renderer renderer;
    private final Coordinators coordinators;
    private final AtomicLong handled = new AtomicLong();

    /** An engine with no coordinator named in the settings. */
    public Engine(Dialog dialog, Store store, CampaignCatalog campaigns, Clock clock, Language defaultLanguage) {
        this(dialog, store, campaigns, clock, defaultLanguage, Coordinators.none());
    }

    public Engine(Dialog dialog, Store store, CampaignCatalog campaigns, Clock clock, Language defaultLanguage,
            Coordinators coordinators) {
        this.coordinators = coordinators;
        this.dialog = dialog;
        this.store = store;
        this.campaigns = campaigns;
        this.clock = clock;
        this.defaultLanguage = defaultLanguage;
        this.renderer = new Renderer(dialog);
    }

    /** Everyone who coordinates now: named in the settings or granted in the chat (for the platforms' menus). */
    public List<ConversationKey> coordinators() {
        return store.inTransaction(coordinators::all);
    }

    public Language defaultLanguage() {
        return defaultLanguage;
    }

    /** Handles an event; never throws for a bad input or a bug: the person always gets an answer. */
    public Response handle(Event event) {
        long start = System.nanoTime();
        Response response = handleWithRetries(event);
        Meters.handled(event.origin().key().platform(), kind(event), System.nanoTime() - start);
        return response;
    }

    private Response handleWithRetries(Event event) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            try {
                return store.inTransaction(tx -> handleIn(tx, event));
            } catch (StoreConflictException conflict) {
                LOG.debug("conflict on attempt {} for a {} event; running it again", attempt, kind(event));
            } catch (StoreException down) {
                LOG.error("the store failed while handling a {} event", kind(event), down);
                return apology(event, "error.unavailable");
            } catch (RuntimeException bug) {
                LOG.error("bug while handling a {} event", kind(event), bug);
                return recover(event);
            }
        }
        LOG.error("gave up a {} event after {} conflicting attempts", kind(event), MAX_ATTEMPTS);
        return apology(event, "error.unavailable");
    }

    private Response handleIn(Tx tx, Event event) {
        Origin origin = event.origin();
        Instant now = clock.instant();
        if (!tx.deliveries().markProcessed(origin.key().platform(), origin.deliveryId(), now)) {
            LOG.debug("delivery already handled; ignored");
            return Response.REPLAY;
        }
        purgeNowAndThen(tx, now);
        if (event instanceof Event.ChatCommand command) {
            return chatCommand(tx, command, now);
        }
        if (event instanceof Event.GroupRequest request) {
            Language language = origin.languageHint().flatMap(Language::fromTag).orElse(defaultLanguage);
            return new Response(dialog.groupRequest().answer(language, request.text()), Optional.empty());
        }
        if (event instanceof Event.Membership membership) {
            recordMembership(tx, origin, membership, now);
            return Response.NONE;
        }
        if (event instanceof Event.HomeOpened) {
            Turn view = new Turn(load(tx, origin), campaigns.current(tx), tx, now);
            view.setCoordinators(coordinators);
            return new Response(dialog.home().render(view), Optional.empty()); // read only: nothing saved
        }
        Conversation conversation = load(tx, origin);
        Turn turn = new Turn(conversation, campaigns.current(tx), tx, now);
        turn.setCoordinators(coordinators);
        renderer.repair(turn);
        StateSpec before = dialog.state(conversation.state()).orElseThrow();
        Next next = route(turn, before, event);
        Response response = renderer.finish(turn, next, event instanceof Event.ButtonPressed);
        if (conversation.forgotten()) {
            tx.conversations().delete(conversation.key());
            tx.progress().deleteUser(conversation.key());
        } else {
            tx.conversations().save(ConversationCodec.encode(conversation, now));
        }
        return response;
    }

    /**
     * A command typed in a group or a channel: one about the chat (subscribing it) runs for a
     * coordinator; any coordinator command is refused to anyone else; the rest get the group answer.
     */
    private Response chatCommand(Tx tx, Event.ChatCommand command, Instant now) {
        Origin origin = command.origin();
        Language language = origin.languageHint().flatMap(Language::fromTag).orElse(defaultLanguage);
        Optional<Route<Handlers.OnChatCommand>> route = dialog.chatCommand(command.name());
        boolean restricted = route.isPresent() || dialog.command(command.name()).map(Route::coordinatorsOnly).orElse(false);
        if (restricted && !coordinators.isCoordinator(tx, origin.key())) {
            LOG.info("a coordinator command was refused to someone who is not one");
            return new Response(List.of(refusal(language, command.name(), origin.key())), Optional.empty());
        }
        if (route.isEmpty()) {
            String text = ("/" + command.name() + " " + command.args()).strip();
            return new Response(dialog.groupRequest().answer(language, text), Optional.empty());
        }
        return new Response(route.get().handler().handle(new ChatTurn(command, language, tx, now), command.args().strip()),
                Optional.empty());
    }

    /** The polite no; to whoever asks to be a coordinator, their own id, so that a coordinator can add them. */
    private static Reply refusal(Language language, String command, ConversationKey person) {
        RichText text = new RichText().plain(Messages.get(language, "coordinator.only"));
        if (command.equals("coordinateur") || command.equals("coordinator")) {
            text.paragraph().plain(Messages.get(language, "coordinator.your_id")).code(person.platform() + ":" + person.userId());
        }
        return new Reply(text.spans(), List.of(), false);
    }

    /**
     * The latest news wins, but news without a title (a refused send) keeps the title already known.
     * A chat the bot is no longer in stops receiving broadcasts.
     */
    private static void recordMembership(Tx tx, Origin origin, Event.Membership membership, Instant now) {
        String platform = origin.key().platform();
        String title = membership.title().isEmpty()
                ? tx.chats().find(platform, origin.chatId()).map(ChatMembership::title).orElse("")
                : membership.title();
        ChatMembership latest = new ChatMembership(platform, origin.chatId(), membership.chatType(), title, membership.status(), now);
        tx.chats().record(latest);
        if (!latest.present() && tx.subscriptions().unsubscribe(platform, origin.chatId())) {
            LOG.info("a {} chat the bot left ({}) is unsubscribed from broadcasts", platform, membership.status());
        }
    }

    private Conversation load(Tx tx, Origin origin) {
        Language hinted = origin.languageHint().flatMap(Language::fromTag).orElse(defaultLanguage);
        Conversation conversation = tx.conversations().find(origin.key())
                .map(row -> ConversationCodec.decode(row, hinted))
                .orElseGet(() -> ConversationCodec.fresh(origin.key(), origin.chatId(), dialog.initial(), hinted));
        if (!conversation.languageChosen()) {
            conversation.setLanguage(hinted, false);
        }
        if (dialog.state(conversation.state()).isEmpty()) {
            conversation.setState(dialog.initial());
        }
        conversation.setChatId(origin.chatId());
        return conversation;
    }

    /** Java 17 has no pattern switch: an instanceof chain over the sealed {@link Event}, closed by a throw. */
    private Next route(Turn turn, StateSpec state, Event event) {
        if (event instanceof Event.Started started) {
            return checked(dialog.start(), dialog.start().handler().handle(turn, started.payload()), state);
        } else if (event instanceof Event.Command command) {
            return command(turn, state, command.name(), command.args());
        } else if (event instanceof Event.Text text) {
            return text(turn, state, text.text());
        } else if (event instanceof Event.ButtonPressed pressed) {
            return button(turn, state, pressed.payload());
        } else if (event instanceof Event.Unsupported) {
            return checked(dialog.unsupported(), dialog.unsupported().handler().handle(turn, ""), state);
        }
        throw new IllegalArgumentException("unknown event " + event.getClass());
    }

    private Next text(Turn turn, StateSpec state, String text) {
        Matcher typed = TYPED_COMMAND.matcher(text.strip());
        if (typed.matches()) {
            return command(turn, state, typed.group(1), Optional.ofNullable(typed.group(2)).orElse(""));
        }
        Route<Handlers.OnText> route = state.text().orElse(dialog.fallbackText());
        return checked(route, route.handler().handle(turn, text.strip()), state);
    }

    private Next command(Turn turn, StateSpec state, String name, String args) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        Route<Handlers.OnCommand> route = dialog.command(lower).orElse(dialog.unknownCommand());
        if (route.coordinatorsOnly() && !turn.isCoordinator()) {
            return refuse(turn, lower);
        }
        return checked(route, route.handler().handle(turn, args.strip()), state);
    }

    private Next button(Turn turn, StateSpec state, String raw) {
        Optional<Payload> parsed = Payload.parse(raw);
        if (parsed.isEmpty()) {
            return Next.stale();
        }
        Payload payload = parsed.get();
        Route<Handlers.OnButton> local = state.buttons().get(payload.verb());
        if (local != null) {
            boolean sameDraft = turn.draft().map(d -> d.number() == payload.draft()).orElse(false);
            if (state.draftBound() && !sameDraft) {
                return Next.stale();
            }
            return checked(local, local.handler().handle(turn, payload), state);
        }
        Optional<Route<Handlers.OnButton>> global = dialog.globalButton(payload.verb());
        if (global.isPresent() && global.get().coordinatorsOnly() && !turn.isCoordinator()) {
            return refuse(turn, payload.verb());
        }
        if (global.isPresent()) {
            return checked(global.get(), global.get().handler().handle(turn, payload), state);
        }
        return Next.stale();
    }

    /** Says no, changes nothing, and shows the step the person is at. */
    private static Next refuse(Turn turn, String what) {
        LOG.info("a coordinator operation was refused to someone who is not one");
        turn.say(refusal(turn.language(), what, turn.conversation().key()));
        return Next.stay();
    }

    /** A handler may only go where its route says: the table is the truth, and the diagram with it. */
    private static Next checked(Route<?> route, Next next, StateSpec from) {
        if (next instanceof Next.Back && !route.targets().contains(StateSpec.PREVIOUS)) {
            throw new IllegalStateException("route '" + route.label() + "' in state '" + from.name()
                    + "' went back, which it does not declare");
        }
        if (next instanceof Next.Go go && !route.targets().contains(go.state())) {
            throw new IllegalStateException("route '" + route.label() + "' in state '" + from.name()
                    + "' went to '" + go.state() + "', which it does not declare");
        }
        return next;
    }

    /**
     * After a bug: mark the delivery handled, and show the step the person was at, unchanged; in a
     * group, only an apology (a private step has no place there).
     */
    private Response recover(Event event) {
        if (event instanceof Event.ChatCommand || event instanceof Event.GroupRequest || event instanceof Event.Membership
                || event instanceof Event.HomeOpened) {
            return event instanceof Event.Membership ? Response.NONE : apology(event, "error.bug");
        }
        try {
            return store.inTransaction(tx -> {
                Origin origin = event.origin();
                tx.deliveries().markProcessed(origin.key().platform(), origin.deliveryId(), clock.instant());
                Conversation conversation = load(tx, origin);
                Turn turn = new Turn(conversation, campaigns.current(tx), tx, clock.instant());
                renderer.repair(turn);
                turn.sayKey("error.bug");
                return renderer.finish(turn, Next.stay(), false);
            });
        } catch (RuntimeException again) {
            LOG.error("could not show the step again after a bug", again);
            return apology(event, "error.bug");
        }
    }

    private Response apology(Event event, String key) {
        Language language = event.origin().languageHint().flatMap(Language::fromTag).orElse(defaultLanguage);
        Reply reply = new Reply(new RichText().plain(Messages.get(language, key)).spans(), List.of(), false);
        return new Response(new ArrayList<>(List.of(reply)), Optional.empty());
    }

    private void purgeNowAndThen(Tx tx, Instant now) {
        if (handled.getAndIncrement() % 1000 == 0) {
            tx.deliveries().purgeBefore(now.minus(KEEP_DELIVERY_IDS));
        }
    }

    private static String kind(Event event) {
        return event.getClass().getSimpleName();
    }
}
