package org.relais.core.flows.coordination;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.relais.core.chat.Button;
import org.relais.core.chat.ConversationKey;
import org.relais.core.chat.Payload;
import org.relais.core.chat.Reply;
import org.relais.core.chat.RichText;
import org.relais.core.engine.Next;
import org.relais.core.engine.Turn;
import org.relais.core.port.RoleChange;

/**
 * {@code /coordinateur}: the list of coordinators, with a button to remove each one granted in the
 * chat; {@code ajouter|add ID} grants, {@code retirer|remove ID} removes, each change recorded with
 * who made it and when, then the list as it now stands. People named in the settings stay.
 */
public final class CoordinatorCommand {
    /** The remove button's verb: {@code corm:t123456} or {@code corm:sU012ABC}. */
    public static final String REMOVE = "corm";

    private CoordinatorCommand() {}

    public static Next handle(Turn turn, String args) {
        String[] words = args.strip().split("\\s+", 2);
        if (words[0].isEmpty()) {
            turn.say(panel(turn));
            return Next.stay();
        }
        String verb = words[0].toLowerCase(Locale.ROOT);
        boolean add = verb.equals("ajouter") || verb.equals("add");
        boolean remove = verb.equals("retirer") || verb.equals("remove");
        if (!add && !remove) {
            turn.sayKey("coordinator.bad_verb", words[0]);
            turn.sayKey("coordinator.usage");
            return Next.stay();
        }
        String id = words.length > 1 ? words[1].strip() : "";
        Optional<ConversationKey> whom = PersonId.parse(id);
        if (whom.isEmpty()) {
            turn.sayKey("coordinator.bad_id", id);
            return Next.stay();
        }
        turn.sayKey(add ? grant(turn, whom.get()) : revoke(turn, whom.get()), PersonId.format(whom.get()));
        turn.say(panel(turn));
        return Next.stay();
    }

    /** The remove button under the list: the list, updated, in place of the one pressed. */
    public static Next removeButton(Turn turn, Payload payload) {
        Optional<ConversationKey> whom = decode(payload.arg());
        if (whom.isEmpty()) {
            return Next.stale();
        }
        turn.sayKey(revoke(turn, whom.get()), PersonId.format(whom.get()));
        turn.say(panel(turn).asEdit());
        return Next.stay();
    }

    private static String grant(Turn turn, ConversationKey whom) {
        if (turn.coordinators().isCoordinator(turn.tx(), whom)) {
            return "coordinator.already";
        }
        turn.tx().coordinators().change(new RoleChange(whom, turn.conversation().key(), true, turn.now()));
        return "coordinator.added";
    }

    private static String revoke(Turn turn, ConversationKey whom) {
        if (turn.coordinators().isNamed(whom)) {
            return "coordinator.named_stays";
        }
        if (!turn.tx().coordinators().isGranted(whom)) {
            return "coordinator.not_one";
        }
        turn.tx().coordinators().change(new RoleChange(whom, turn.conversation().key(), false, turn.now()));
        return "coordinator.removed";
    }

    private static Reply panel(Turn turn) {
        RichText text = new RichText().bold(turn.t("coordinator.list_title")).line();
        List<List<Button>> rows = new ArrayList<>();
        for (ConversationKey person : turn.coordinators().all(turn.tx())) {
            String id = PersonId.format(person);
            boolean named = turn.coordinators().isNamed(person);
            text.plain("• ").plain(named ? turn.t("coordinator.named", id) : id).line();
            if (!named && !person.equals(turn.conversation().key())) {
                encode(person).ifPresent(arg -> rows.add(List.of(turn.choice(turn.t("coordinator.remove_button", id), REMOVE, arg))));
            }
        }
        rows.add(List.of(turn.choice(turn.t("button.menu"), "menu")));
        return new Reply(text.paragraph().plain(turn.t("coordinator.usage")).spans(), rows, false);
    }

    /** {@code t123456}, {@code sU012ABC}: a person within a button's argument. */
    private static Optional<String> encode(ConversationKey person) {
        String prefix = person.platform().equals("telegram") ? "t" : person.platform().equals("slack") ? "s" : "";
        String arg = prefix + person.userId();
        return !prefix.isEmpty() && arg.matches("[A-Za-z0-9_-]{1,40}") ? Optional.of(arg) : Optional.empty();
    }

    private static Optional<ConversationKey> decode(String arg) {
        if (arg.length() < 2) {
            return Optional.empty();
        }
        String platform = switch (arg.charAt(0)) {
            case 't' -> "telegram";
            case 's' -> "slack";
            default -> "";
        };
        return platform.isEmpty() ? Optional.empty() : PersonId.parse(platform + ":" + arg.substring(1));
    }
}
