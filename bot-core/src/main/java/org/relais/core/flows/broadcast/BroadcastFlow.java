package org.relais.core.flows.broadcast;

import static org.relais.core.flows.States.BROADCAST_PREVIEW;
import static org.relais.core.flows.States.BROADCAST_WHEN;
import static org.relais.core.flows.States.MENU;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.relais.core.broadcast.BroadcastTexts;
import org.relais.core.campaign.Action;
import org.relais.core.chat.Button;
import org.relais.core.chat.Payload;
import org.relais.core.chat.Reply;
import org.relais.core.chat.RichText;
import org.relais.core.engine.FlowTable;
import org.relais.core.engine.Next;
import org.relais.core.engine.Turn;
import org.relais.core.port.Announcement;
import org.relais.core.port.Broadcast;
import org.relais.core.port.Subscription;

/**
 * {@code /diffuser}: a coordinator picks an action, sees the announcement exactly as the chats will,
 * and how many chats it will reach, then broadcasts it now or at a time they type. The preview is a
 * stored draft: confirming it is one conditional update, so a second tap, or the same tap delivered
 * twice, cannot send it twice. Sending is the broadcaster's job, once the draft is confirmed.
 */
public final class BroadcastFlow {
    public static final String NAME = "broadcast";
    /** Global buttons: pick the action to announce; cancel a scheduled broadcast. */
    public static final String PICK = "bca";
    public static final String CANCEL = "bcx";
    private static final int MAX_TEXT = 1500;
    /** The terminal's platform: it sends nothing itself, so its broadcasts wait for {@code relais serve}. */
    private static final String TERMINAL = "console";

    private BroadcastFlow() {}

    public static FlowTable table() {
        return FlowTable.builder(NAME)
                .state(BROADCAST_PREVIEW, BroadcastFlow::preview, s -> s.modal()
                        .button("bcnow", BroadcastFlow::sendNow, MENU)
                        .button("bclater", BroadcastFlow::askWhen, BROADCAST_WHEN, MENU)
                        .button("bcdrop", BroadcastFlow::drop, MENU)
                        .text((turn, text) -> Next.stay()))
                .state(BROADCAST_WHEN, BroadcastFlow::whenScreen, s -> s.modal()
                        .button("bcnow", BroadcastFlow::sendNow, MENU)
                        .button("bcdrop", BroadcastFlow::drop, MENU)
                        .text(BroadcastFlow::whenTyped, MENU))
                .build();
    }

    /** {@code /diffuser}: the actions to pick from and the scheduled broadcasts; {@code /diffuser ID}: its preview. */
    public static Next command(Turn turn, String args) {
        String id = args.strip();
        if (!id.isEmpty()) {
            Optional<Action> action = turn.activeAction(id);
            if (action.isEmpty()) {
                String ids = turn.activeActions().stream().map(Action::id).collect(Collectors.joining(", "));
                turn.sayKey("broadcast.unknown_action", id, ids.isEmpty() ? "—" : ids);
                return Next.stay();
            }
            return draft(turn, action.get());
        }
        turn.say(overview(turn));
        return Next.stay();
    }

    /** A button from the list of actions. */
    public static Next pick(Turn turn, Payload payload) {
        return turn.activeAction(payload.arg()).map(action -> draft(turn, action)).orElseGet(Next::stale);
    }

    /** A button under a scheduled broadcast. */
    public static Next cancelScheduled(Turn turn, Payload payload) {
        if (!payload.arg().matches("[0-9]{1,18}")) {
            return Next.stale();
        }
        long id = Long.parseLong(payload.arg());
        turn.sayKey(turn.tx().broadcasts().cancel(id) ? "broadcast.cancelled" : "broadcast.not_cancellable", id);
        turn.say(overview(turn).asEdit());
        return Next.stay();
    }

    private static Next draft(Turn turn, Action action) {
        if (turn.tx().subscriptions().list().isEmpty()) {
            turn.sayKey("broadcast.no_subscribers");
            return Next.stay();
        }
        String text = action.description().in(turn.language());
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT - 1).strip() + "…";
        }
        Announcement announcement = new Announcement(turn.language(), action.id(), action.title().in(turn.language()), text,
                turn.t("broadcast.button"));
        turn.tx().broadcasts().draft(Broadcast.draft(announcement, turn.conversation().key(), turn.conversation().chatId(),
                turn.now()));
        return Next.go(BROADCAST_PREVIEW);
    }

    private static Reply overview(Turn turn) {
        List<Action> actions = turn.activeActions();
        RichText text = new RichText();
        List<List<Button>> rows = new ArrayList<>();
        if (actions.isEmpty()) {
            text.plain(turn.t("broadcast.no_action"));
        } else {
            text.plain(turn.t("broadcast.pick", turn.tx().subscriptions().list().size()));
            actions.forEach(a -> rows.add(List.of(turn.choice("📢 " + a.title().in(turn.language()), PICK, a.id()))));
        }
        List<Broadcast> scheduled = turn.tx().broadcasts().scheduled();
        if (!scheduled.isEmpty()) {
            text.paragraph().bold(turn.t("broadcast.scheduled_title"));
            for (Broadcast b : scheduled) {
                text.line().plain("• " + turn.t("broadcast.scheduled_item", b.id(), b.announcement().title(),
                        WhenParser.show(b.sendAt(), turn.campaign().zone())));
                rows.add(List.of(turn.choice(turn.t("broadcast.cancel_button", b.id()), CANCEL, Long.toString(b.id()))));
            }
        }
        rows.add(List.of(turn.choice(turn.t("button.menu"), "menu")));
        return new Reply(text.spans(), rows, false);
    }

    /**
     * The announcement as the chats will see it (on its own: nothing is folded into it), then what it
     * is, where it goes and the three choices.
     */
    static List<Reply> preview(Turn turn) {
        Optional<Broadcast> draft = turn.tx().broadcasts().latestDraft(turn.conversation().key());
        if (draft.isEmpty()) {
            return List.of(plain(turn.t("broadcast.gone")));
        }
        List<Subscription> chats = turn.tx().subscriptions().list();
        String perPlatform = chats.stream().collect(Collectors.groupingBy(Subscription::platform, TreeMap::new, Collectors.counting()))
                .entrySet().stream().map(e -> e.getValue() + " " + platformName(e.getKey())).collect(Collectors.joining(", "));
        RichText reach = new RichText().bold(turn.t("broadcast.preview_title")).paragraph()
                .plain(turn.t("broadcast.preview_reach", chats.size(), perPlatform));
        List<List<Button>> rows = List.of(List.of(turn.choice(turn.t("broadcast.send_now"), "bcnow"),
                turn.choice(turn.t("broadcast.send_later"), "bclater")), List.of(turn.choice(turn.t("broadcast.drop"), "bcdrop")));
        return List.of(BroadcastTexts.announcement(draft.get().announcement()).asStandalone(),
                new Reply(reach.spans(), rows, false));
    }

    static List<Reply> whenScreen(Turn turn) {
        String example = WhenParser.show(turn.now().plus(Duration.ofDays(1)), turn.campaign().zone()).substring(0, 10) + " 09:00";
        List<List<Button>> rows = List.of(List.of(turn.choice(turn.t("broadcast.send_now"), "bcnow"),
                turn.choice(turn.t("broadcast.drop"), "bcdrop")));
        return List.of(new Reply(new RichText().plain(turn.t("broadcast.when", example, turn.campaign().zone().getId())).spans(),
                rows, false));
    }

    static Next sendNow(Turn turn, Payload payload) {
        return confirm(turn, turn.now());
    }

    static Next askWhen(Turn turn, Payload payload) {
        return latestDraft(turn).isPresent() ? Next.go(BROADCAST_WHEN) : gone(turn);
    }

    static Next whenTyped(Turn turn, String text) {
        Optional<Instant> when = WhenParser.parse(text, turn.now(), turn.campaign().zone());
        if (when.isEmpty()) {
            String example = WhenParser.show(turn.now().plus(Duration.ofDays(1)), turn.campaign().zone()).substring(0, 10) + " 09:00";
            turn.sayKey("broadcast.bad_when", text.strip(), example);
            return Next.stay();
        }
        if (!when.get().isAfter(turn.now())) {
            turn.sayKey("broadcast.past_when", WhenParser.show(when.get(), turn.campaign().zone()));
            return Next.stay();
        }
        return confirm(turn, when.get());
    }

    static Next drop(Turn turn, Payload payload) {
        Optional<Broadcast> draft = latestDraft(turn);
        draft.ifPresent(b -> turn.tx().broadcasts().cancel(b.id()));
        turn.sayKey("broadcast.dropped");
        return Next.go(MENU);
    }

    /** The coordinator's latest draft: confirmed once, by whichever tap comes first. */
    private static Next confirm(Turn turn, Instant sendAt) {
        if (!turn.isCoordinator()) {
            turn.sayKey("coordinator.only");
            return Next.go(MENU);
        }
        Optional<Broadcast> draft = latestDraft(turn);
        if (draft.isEmpty() || !turn.tx().broadcasts().confirm(draft.get().id(), sendAt)) {
            return gone(turn);
        }
        long id = draft.get().id();
        if (turn.conversation().key().platform().equals(TERMINAL)) {
            turn.sayKey("broadcast.terminal");
        }
        if (sendAt.equals(turn.now())) {
            turn.sayKey("broadcast.started", id, turn.tx().subscriptions().list().size());
        } else {
            turn.sayKey("broadcast.scheduled", id, WhenParser.show(sendAt, turn.campaign().zone()), turn.campaign().zone().getId());
        }
        return Next.go(MENU);
    }

    private static Optional<Broadcast> latestDraft(Turn turn) {
        return turn.tx().broadcasts().latestDraft(turn.conversation().key());
    }

    private static Next gone(Turn turn) {
        turn.sayKey("broadcast.gone");
        return Next.go(MENU);
    }

    /** {@code telegram} as people write it: {@code Telegram}. */
    private static String platformName(String platform) {
        return platform.isEmpty() ? platform : Character.toUpperCase(platform.charAt(0)) + platform.substring(1);
    }

    private static Reply plain(String text) {
        return new Reply(new RichText().plain(text).spans(), List.of(), false);
    }
}
