package org.relais.core.flows.coordination;

import java.util.Locale;
import java.util.Optional;
import org.relais.core.chat.ConversationKey;
import org.relais.core.chat.RichText;
import org.relais.core.engine.Next;
import org.relais.core.engine.Turn;
import org.relais.core.port.RoleChange;

/**
 * {@code /coordinateur}: the list of coordinators; {@code ajouter|add ID} grants, {@code retirer|remove ID}
 * removes, each change recorded with who made it and when. People named in the settings stay.
 */
public final class CoordinatorCommand {
    private CoordinatorCommand() {}

    public static Next handle(Turn turn, String args) {
        String[] words = args.strip().split("\\s+", 2);
        if (words[0].isEmpty()) {
            turn.say(list(turn));
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

    private static RichText list(Turn turn) {
        RichText text = new RichText().bold(turn.t("coordinator.list_title")).line();
        for (ConversationKey person : turn.coordinators().all(turn.tx())) {
            String id = PersonId.format(person);
            text.plain("• ").plain(turn.coordinators().isNamed(person) ? turn.t("coordinator.named", id) : id).line();
        }
        return text.paragraph().plain(turn.t("coordinator.usage"));
    }
}
