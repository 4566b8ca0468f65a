package org.relais.core.flows.coordination;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.relais.core.campaign.Action;
import org.relais.core.chat.Button;
import org.relais.core.chat.Labels;
import org.relais.core.chat.Payload;
import org.relais.core.chat.Reply;
import org.relais.core.chat.RichText;
import org.relais.core.engine.Next;
import org.relais.core.engine.Turn;

/**
 * {@code /actions}: every action of the campaign, with where it stands today (upcoming, under way,
 * ended, closed), and under each a button to edit it and one to close or reopen it; the same as
 * subcommands, {@code /actions modifier|fermer|rouvrir ID} ({@code edit|close|reopen}). A closed
 * action is no longer offered to volunteers, and stays here and in the statistics.
 */
public final class ActionList {
    public static final String EDIT = "aedit";
    public static final String CLOSE = "aclose";
    public static final String REOPEN = "aopen";
    private static final int LABEL = 48;

    private ActionList() {}

    public static Next handle(Turn turn, String args) {
        String[] words = args.strip().split("\\s+", 2);
        if (!words[0].isEmpty()) {
            String id = words.length > 1 ? words[1].strip() : "";
            return switch (words[0].toLowerCase(Locale.ROOT)) {
                case "modifier", "edit" -> ActionEditorFlow.edit(turn, id);
                case "fermer", "close" -> setClosed(turn, id, true);
                case "rouvrir", "reopen" -> setClosed(turn, id, false);
                default -> {
                    turn.sayKey("actions.usage", words[0]);
                    yield Next.stay();
                }
            };
        }
        if (turn.campaign().actions().isEmpty()) {
            turn.sayKey("actions.none");
            return Next.stay();
        }
        turn.say(panel(turn));
        return Next.stay();
    }

    /** The list, a row of buttons under each action, and the menu: what {@code /actions} opens. */
    static Reply panel(Turn turn) {
        RichText text = new RichText().bold(turn.t("actions.title")).line();
        LocalDate today = turn.today();
        List<List<Button>> rows = new ArrayList<>();
        for (Action action : turn.campaign().actions()) {
            String title = action.title().in(turn.language());
            text.plain("• ").bold(title).plain(" — ").plain(state(turn, action, today)).plain(" ").code(action.id()).line();
            editButton(turn, action).ifPresent(edit -> rows.add(List.of(edit, closeOrReopen(turn, action))));
        }
        text.plain(turn.t("actions.how"));
        rows.add(List.of(turn.choice(turn.t("button.menu"), "menu")));
        return new Reply(text.spans(), rows, false);
    }

    public static Next editButton(Turn turn, Payload payload) {
        return ActionEditorFlow.edit(turn, payload.arg());
    }

    public static Next closeButton(Turn turn, Payload payload) {
        return setClosed(turn, payload.arg(), true);
    }

    public static Next reopenButton(Turn turn, Payload payload) {
        return setClosed(turn, payload.arg(), false);
    }

    /**
     * Closes or reopens, says so, and shows the list as it now stands (in place of the list whose
     * button was pressed); an unknown id, or one already so, is said too.
     */
    private static Next setClosed(Turn turn, String id, boolean close) {
        Optional<Action> action = turn.campaign().action(id);
        if (action.isEmpty()) {
            turn.sayKey("actions.unknown", id);
            return Next.stay();
        }
        String title = action.get().title().in(turn.language());
        if (turn.campaign().isClosed(id) == close) {
            turn.sayKey(close ? "actions.already_closed" : "actions.already_open", title);
            turn.say(panel(turn).asEdit());
            return Next.stay();
        }
        ActionSaving.setClosed(turn, id, close);
        Optional<LocalDate> ended = action.get().ends().filter(end -> end.isBefore(turn.today()));
        if (close) {
            turn.sayKey("actions.closed_now", title, id);
        } else if (ended.isPresent()) {
            turn.sayKey("actions.reopened_but_ended", title, ended.get());
        } else {
            turn.sayKey("actions.reopened", title);
        }
        turn.say(panel(turn).asEdit());
        return Next.stay();
    }

    /** The button that closes an open action, or reopens a closed one. */
    static Button closeOrReopen(Turn turn, Action action) {
        boolean closed = turn.campaign().isClosed(action.id());
        return turn.choice(turn.t(closed ? "actions.button_reopen" : "actions.button_close"), closed ? REOPEN : CLOSE, action.id());
    }

    /** Every valid id fits a button's argument; one from a hand-made database row that does not is listed without. */
    private static Optional<Button> editButton(Turn turn, Action action) {
        if (!action.id().matches("[A-Za-z0-9_-]{1,40}")) {
            return Optional.empty();
        }
        return Optional.of(turn.choice(turn.t("actions.button_edit", Labels.shorten(action.title().in(turn.language()), LABEL)),
                EDIT, action.id()));
    }

    private static String state(Turn turn, Action action, LocalDate today) {
        if (turn.campaign().isClosed(action.id())) {
            return turn.t("actions.closed");
        }
        if (action.starts().isPresent() && today.isBefore(action.starts().get())) {
            return turn.t("actions.upcoming", action.starts().get());
        }
        if (action.ends().isPresent() && today.isAfter(action.ends().get())) {
            return turn.t("actions.ended", action.ends().get());
        }
        return action.ends().map(end -> turn.t("actions.until", end)).orElse(turn.t("actions.active"));
    }
}
