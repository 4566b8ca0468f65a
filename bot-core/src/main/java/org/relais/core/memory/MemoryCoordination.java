package org.relais.core.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.relais.core.chat.ConversationKey;
import org.relais.core.port.CoordinatorRoster;
import org.relais.core.port.RoleChange;
import org.relais.core.port.Subscription;
import org.relais.core.port.Subscriptions;

/** The roster and the subscriptions of one in-memory transaction; each change pushes its undo. */
final class MemoryCoordination implements CoordinatorRoster, Subscriptions {
    private static final Comparator<ConversationKey> BY_KEY =
            Comparator.comparing(ConversationKey::platform).thenComparing(ConversationKey::userId);

    private final List<RoleChange> changes;
    private final Map<String, Subscription> subscriptions;
    private final Deque<Runnable> undo;

    MemoryCoordination(List<RoleChange> changes, Map<String, Subscription> subscriptions, Deque<Runnable> undo) {
        this.changes = changes;
        this.subscriptions = subscriptions;
        this.undo = undo;
    }

    @Override
    public void change(RoleChange change) {
        changes.add(change);
        undo.push(() -> changes.remove(changes.size() - 1));
    }

    @Override
    public boolean isGranted(ConversationKey person) {
        return latest().getOrDefault(person, false);
    }

    @Override
    public List<ConversationKey> granted() {
        return latest().entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).sorted(BY_KEY).toList();
    }

    @Override
    public List<RoleChange> history() {
        return List.copyOf(changes);
    }

    private Map<ConversationKey, Boolean> latest() {
        Map<ConversationKey, Boolean> latest = new LinkedHashMap<>();
        changes.forEach(change -> latest.put(change.whom(), change.granted()));
        return latest;
    }

    @Override
    public boolean subscribe(Subscription subscription) {
        String key = key(subscription.platform(), subscription.chatId());
        if (subscriptions.containsKey(key)) {
            return false;
        }
        subscriptions.put(key, subscription);
        undo.push(() -> subscriptions.remove(key));
        return true;
    }

    @Override
    public boolean unsubscribe(String platform, String chatId) {
        String key = key(platform, chatId);
        Subscription removed = subscriptions.remove(key);
        if (removed != null) {
            undo.push(() -> subscriptions.put(key, removed));
        }
        return removed != null;
    }

    @Override
    public Optional<Subscription> find(String platform, String chatId) {
        return Optional.ofNullable(subscriptions.get(key(platform, chatId)));
    }

    @Override
    public List<Subscription> list() {
        return new ArrayList<>(new TreeMap<>(subscriptions).values());
    }

    /** A separator no id holds, so that the map's order is (platform, chat id). */
    private static String key(String platform, String chatId) {
        return platform + "\u0000" + chatId;
    }
}
