package org.relais.core.engine;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.relais.core.chat.ConversationKey;
import org.relais.core.port.Tx;

/**
 * Who is a coordinator: the people named in the settings ({@code RELAIS_COORDINATORS}), for good,
 * and those another coordinator granted in the chat, until removed. The engine asks this before
 * every coordinator operation, whatever the adapter did or did not show.
 */
public final class Coordinators {
    private static final Comparator<ConversationKey> ORDER =
            Comparator.comparing(ConversationKey::platform).thenComparing(ConversationKey::userId);

    private final Set<ConversationKey> named;

    public Coordinators(Set<ConversationKey> named) {
        this.named = Set.copyOf(named);
    }

    /** Nobody named: only grants could make coordinators, and only a coordinator can grant. */
    public static Coordinators none() {
        return new Coordinators(Set.of());
    }

    public boolean isNamed(ConversationKey person) {
        return named.contains(person);
    }

    public boolean isCoordinator(Tx tx, ConversationKey person) {
        return named.contains(person) || tx.coordinators().isGranted(person);
    }

    /** Everyone who is a coordinator now, named or granted, in order. */
    public List<ConversationKey> all(Tx tx) {
        Set<ConversationKey> all = new TreeSet<>(ORDER);
        all.addAll(named);
        all.addAll(tx.coordinators().granted());
        return List.copyOf(all);
    }
}
