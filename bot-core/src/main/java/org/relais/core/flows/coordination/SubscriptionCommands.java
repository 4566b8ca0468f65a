package org.relais.core.flows.coordination;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.relais.core.chat.Button;
import org.relais.core.chat.Payload;
import org.relais.core.chat.Reply;
import org.relais.core.chat.RichText;
import org.relais.core.engine.ChatTurn;
import org.relais.core.engine.Next;
import org.relais.core.engine.Turn;
import org.relais.core.port.ChatMembership;
import org.relais.core.port.Subscription;

/**
 * {@code /abonner} and {@code /desabonner}: typed in a group or a channel, about that chat; typed in
 * private, the list of subscribed chats and buttons for the chats the bot is in (a Telegram channel,
 * where nobody can be told apart, is subscribed this way).
 */
public final class SubscriptionCommands {
    public static final String SUBSCRIBE = "sub";
    public static final String UNSUBSCRIBE = "unsub";
    private static final List<String> PLATFORMS = List.of("telegram", "slack");

    private SubscriptionCommands() {}

    /** {@code /abonner} in a group or channel. */
    public static List<Reply> subscribeHere(ChatTurn turn, String args) {
        ChatRef chat = new ChatRef(turn.platform(), turn.chatId());
        if (turn.tx().chats().find(chat.platform(), chat.chatId()).isEmpty()) {
            turn.tx().chats().record(new ChatMembership(chat.platform(), chat.chatId(), turn.chatType(), turn.title(), "member",
                    turn.now()));
        }
        String outcome = Subscribing.subscribe(turn.tx(), chat, turn.person(), turn.now());
        return say(turn.t(outcome, name(turn)));
    }

    /** {@code /desabonner} in a group or channel. */
    public static List<Reply> unsubscribeHere(ChatTurn turn, String args) {
        return say(turn.t(Subscribing.unsubscribe(turn.tx(), new ChatRef(turn.platform(), turn.chatId())), name(turn)));
    }

    /** {@code /abonner} in private: what is subscribed, and the chats that could be. */
    public static Next subscribeCommand(Turn turn, String args) {
        turn.say(overview(turn));
        return Next.stay();
    }

    /** {@code /desabonner} in private: a button per subscribed chat. */
    public static Next unsubscribeCommand(Turn turn, String args) {
        turn.say(unsubscribing(turn));
        return Next.stay();
    }

    /** A button of the overview: subscribed, and the overview as it now stands in its place. */
    public static Next subscribeButton(Turn turn, Payload payload) {
        return onChat(turn, payload, chat -> Subscribing.subscribe(turn.tx(), chat, turn.conversation().key(), turn.now()),
                SubscriptionCommands::overview);
    }

    public static Next unsubscribeButton(Turn turn, Payload payload) {
        return onChat(turn, payload, chat -> Subscribing.unsubscribe(turn.tx(), chat), SubscriptionCommands::unsubscribing);
    }

    /**
     * Runs {@code action} on the chat the button names, says its outcome and shows {@code panel} again
     * in place of the one pressed; a button naming none is stale.
     */
    private static Next onChat(Turn turn, Payload payload, Function<ChatRef, String> action, Function<Turn, Reply> panel) {
        Optional<ChatRef> chat = ChatRef.decode(payload.arg());
        if (chat.isEmpty()) {
            return Next.stale();
        }
        String title = Subscribing.title(turn.tx(), chat.get());
        turn.sayKey(action.apply(chat.get()), title);
        turn.say(panel.apply(turn).asEdit());
        return Next.stay();
    }

    /** A button per subscribed chat, to stop its announcements. */
    private static Reply unsubscribing(Turn turn) {
        List<Subscription> subscribed = turn.tx().subscriptions().list();
        List<List<Button>> rows = new ArrayList<>();
        for (Subscription s : subscribed) {
            ChatRef chat = new ChatRef(s.platform(), s.chatId());
            button(turn, "subscriptions.button_remove", UNSUBSCRIBE, chat).ifPresent(b -> rows.add(List.of(b)));
        }
        rows.add(List.of(menu(turn)));
        String key = subscribed.isEmpty() ? "subscriptions.none" : "subscriptions.unsubscribe_how";
        return new Reply(new RichText().plain(turn.t(key)).spans(), rows, false);
    }

    private static Button menu(Turn turn) {
        return turn.choice(turn.t("button.menu"), "menu");
    }

    private static Reply overview(Turn turn) {
        RichText text = new RichText().bold(turn.t("subscriptions.title")).line();
        List<Subscription> subscribed = turn.tx().subscriptions().list();
        if (subscribed.isEmpty()) {
            text.plain(turn.t("subscriptions.none")).line();
        }
        for (Subscription s : subscribed) {
            text.plain("• " + Subscribing.title(turn.tx(), new ChatRef(s.platform(), s.chatId())) + " (" + s.platform() + ")").line();
        }
        text.paragraph().plain(turn.t("subscriptions.how"));
        List<List<Button>> rows = new ArrayList<>();
        for (String platform : PLATFORMS) {
            for (ChatMembership chat : turn.tx().chats().all(platform)) {
                boolean candidate = chat.present() && !chat.chatType().equals("private") && !chat.chatType().equals("im")
                        && turn.tx().subscriptions().find(platform, chat.chatId()).isEmpty();
                if (candidate) {
                    button(turn, "subscriptions.button_add", SUBSCRIBE, new ChatRef(platform, chat.chatId()))
                            .ifPresent(b -> rows.add(List.of(b)));
                }
            }
        }
        rows.add(List.of(menu(turn)));
        return new Reply(text.spans(), rows, false);
    }

    private static Optional<Button> button(Turn turn, String labelKey, String verb, ChatRef chat) {
        return chat.encode().map(arg -> turn.choice(turn.t(labelKey, Subscribing.title(turn.tx(), chat)), verb, arg));
    }

    private static String name(ChatTurn turn) {
        return turn.title().isBlank() ? turn.t("chat.untitled") : turn.title();
    }

    private static List<Reply> say(String text) {
        return List.of(new Reply(new RichText().plain(text).spans(), List.of(), false));
    }
}
