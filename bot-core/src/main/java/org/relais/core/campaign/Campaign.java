package org.relais.core.campaign;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A campaign as a file describes it: a name, its actions, and the time zone in which its start and
 * end dates are read.
 */
public record Campaign(Localized name, List<Action> actions, ZoneId zone) {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("America/Toronto");

    public Campaign {
        actions = List.copyOf(actions);
    }

    public Optional<Action> action(String id) {
        return actions.stream().filter(action -> action.id().equals(id)).findFirst();
    }

    public List<Action> activeOn(LocalDate day) {
        return actions.stream().filter(action -> action.isActiveOn(day)).toList();
    }
}
