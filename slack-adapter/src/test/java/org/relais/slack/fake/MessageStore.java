package org.relais.slack.fake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.relais.core.testing.loopback.Waits;

/** The bot's messages per channel (in their current state), its ephemeral messages, and the users' App Homes. */
final class MessageStore {

    private final Map<String, Map<String, SlackMessage>> messages = new HashMap<>();
    private final Map<String, List<SlackMessage>> ephemerals = new HashMap<>();
    private final Map<String, HomeView> homes = new HashMap<>();

    /** Stores a new message or the new state of one (same channel and ts); an ephemeral one is kept apart. */
    synchronized void put(SlackMessage message) {
        if (message.isEphemeral()) {
            List<SlackMessage> list = ephemerals.computeIfAbsent(message.channel(), c -> new ArrayList<>());
            list.removeIf(old -> old.ts().equals(message.ts()));
            list.add(message);
            list.sort(Comparator.comparing(SlackMessage::ts));
        } else {
            messages.computeIfAbsent(message.channel(), c -> new LinkedHashMap<>()).put(message.ts(), message);
        }
        notifyAll();
    }

    /** The bot's (non-ephemeral) message, or null. */
    synchronized SlackMessage find(String channel, String ts) {
        return messages.getOrDefault(channel, Map.of()).get(ts);
    }

    /** The bot's ephemeral message, or null. */
    synchronized SlackMessage findEphemeral(String channel, String ts) {
        return ephemerals.getOrDefault(channel, List.of()).stream().filter(m -> m.ts().equals(ts)).findFirst()
                .orElse(null);
    }

    /** Deletes a message, ephemeral or not; whether there was one. */
    synchronized boolean delete(String channel, String ts) {
        boolean removed = messages.getOrDefault(channel, new HashMap<>()).remove(ts) != null
                | ephemerals.getOrDefault(channel, new ArrayList<>()).removeIf(m -> m.ts().equals(ts));
        notifyAll();
        return removed;
    }

    synchronized List<SlackMessage> messages(String channel) {
        return List.copyOf(messages.getOrDefault(channel, Map.of()).values());
    }

    synchronized List<SlackMessage> ephemerals(String channel) {
        return List.copyOf(ephemerals.getOrDefault(channel, List.of()));
    }

    /** The messages and ephemeral messages of a channel, oldest first: everything a member may see there. */
    synchronized List<SlackMessage> shown(String channel) {
        return Stream.concat(messages(channel).stream(), ephemerals(channel).stream())
                .sorted(Comparator.comparing(SlackMessage::ts)).toList();
    }

    synchronized Optional<SlackMessage> last(String channel) {
        List<SlackMessage> list = messages(channel);
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(list.size() - 1));
    }

    synchronized void publish(HomeView home) {
        homes.put(home.userId(), home);
        notifyAll();
    }

    synchronized HomeView home(String userId) {
        return homes.get(userId);
    }

    SlackMessage await(String channel, Predicate<SlackMessage> match, Duration timeout) {
        return Waits.until(this, () -> shown(channel).stream().filter(match).findFirst().orElse(null), timeout,
                () -> "no matching message in " + channel + " within " + timeout + "; the channel shows:\n"
                        + describe(shown(channel)));
    }

    HomeView awaitHome(String userId, Predicate<HomeView> match, Duration timeout) {
        return Waits.until(this, () -> {
            HomeView home = homes.get(userId);
            return home != null && match.test(home) ? home : null;
        }, timeout, () -> "no matching App Home for " + userId + " within " + timeout + "; it shows:\n"
                + (homes.containsKey(userId) ? homes.get(userId).plainText() : "(nothing published)"));
    }

    /** Messages as a failure message lists them. */
    static String describe(List<SlackMessage> shown) {
        if (shown.isEmpty()) {
            return "(no messages)";
        }
        return shown.stream()
                .map(m -> "[" + m.ts() + (m.isEphemeral() ? ", ephemeral to " + m.ephemeralTo() : "")
                        + (m.edits() > 0 ? ", edited " + m.edits() + "x" : "") + "] " + m.plainText())
                .collect(Collectors.joining("\n---\n"));
    }
}
