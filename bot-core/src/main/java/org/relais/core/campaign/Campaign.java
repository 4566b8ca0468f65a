package org.relais.core.campaign;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A campaign: a name, its actions in the order volunteers see them, and the time zone in which
 * their start and end dates are read.
 *
 * @param hashtags the campaign-wide hashtags (such as OCASSS), without {@code #}; they are already
 *     the first of each action's required hashtags, and are kept here so that an action made in the
 *     chat gets them too and an exported file writes them once
 * @param closed the ids of the actions a coordinator closed: never offered to volunteers, still
 *     listed to coordinators and counted in statistics; ids of no action are dropped
 */
public record Campaign(Localized name, List<Action> actions, ZoneId zone, List<String> hashtags, Set<String> closed) {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("America/Toronto");

    /** A campaign with no campaign-wide hashtag and no closed action. */
    public Campaign(Localized name, List<Action> actions, ZoneId zone) {
        this(name, actions, zone, List.of(), Set.of());
    }

    public Campaign {
        actions = List.copyOf(actions);
        hashtags = List.copyOf(hashtags);
        Set<String> ids = new HashSet<>();
        actions.forEach(action -> ids.add(action.id()));
        closed = closed.stream().filter(ids::contains).collect(Collectors.toUnmodifiableSet());
    }

    public Optional<Action> action(String id) {
        return actions.stream().filter(action -> action.id().equals(id)).findFirst();
    }

    public boolean isClosed(String id) {
        return closed.contains(id);
    }

    /** Offered to volunteers that day: not closed, and within its dates. */
    public boolean offers(Action action, LocalDate day) {
        return !isClosed(action.id()) && action.isActiveOn(day);
    }

    /** The actions offered to volunteers that day, in order. */
    public List<Action> activeOn(LocalDate day) {
        return actions.stream().filter(action -> offers(action, day)).toList();
    }

    /** The same campaign with {@code action} in place of the one with its id, or added last. */
    public Campaign withAction(Action action) {
        List<Action> changed = new ArrayList<>(actions);
        int at = ids().indexOf(action.id());
        if (at >= 0) {
            changed.set(at, action);
        } else {
            changed.add(action);
        }
        return new Campaign(name, changed, zone, hashtags, closed);
    }

    /** The same campaign with the action closed, or reopened. */
    public Campaign withClosed(String id, boolean close) {
        Set<String> changed = new HashSet<>(closed);
        if (close) {
            changed.add(id);
        } else {
            changed.remove(id);
        }
        return new Campaign(name, actions, zone, hashtags, changed);
    }

    private List<String> ids() {
        return actions.stream().map(Action::id).toList();
    }
}
