package org.relais.core.memory;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.relais.core.chat.ConversationKey;
import org.relais.core.port.Broadcasts;
import org.relais.core.port.CampaignStore;
import org.relais.core.port.ChatDirectory;
import org.relais.core.port.ChatMembership;
import org.relais.core.port.Completion;
import org.relais.core.port.CompletionCount;
import org.relais.core.port.CompletionRepository;
import org.relais.core.port.ConversationRepository;
import org.relais.core.port.CoordinatorRoster;
import org.relais.core.port.Counters;
import org.relais.core.port.DailyCounts;
import org.relais.core.port.DeliveryLog;
import org.relais.core.port.Milestone;
import org.relais.core.port.MilestoneCounts;
import org.relais.core.port.MilestoneTally;
import org.relais.core.port.Progress;
import org.relais.core.port.ProgressRepository;
import org.relais.core.port.RoleChange;
import org.relais.core.port.Store;
import org.relais.core.port.StoreConflictException;
import org.relais.core.port.StoredConversation;
import org.relais.core.port.Subscription;
import org.relais.core.port.Subscriptions;
import org.relais.core.port.Tx;

/**
 * The whole store in memory, for tests and for trying a campaign without a database. Transactions
 * are serialised by one lock; each change records how to undo itself, and a transaction that throws
 * is undone in reverse, so a failing event leaves nothing behind, as it would in a database.
 */
public final class InMemoryStore implements Store {
    private final ReentrantLock lock = new ReentrantLock();
    private final Data data;

    public InMemoryStore() {
        this(new Data());
    }

    private InMemoryStore(Data data) {
        this.data = data;
    }

    @Override
    public <T> T inTransaction(Function<Tx, T> work) {
        lock.lock();
        try {
            MemoryTx tx = new MemoryTx(data, new ArrayDeque<>());
            try {
                return work.apply(tx);
            } catch (RuntimeException | Error e) {
                tx.undo().forEach(Runnable::run);
                throw e;
            }
        } finally {
            lock.unlock();
        }
    }

    /** An independent store holding the same data now: tests fork a conversation to explore each choice. */
    public InMemoryStore copy() {
        lock.lock();
        try {
            return new InMemoryStore(data.copy());
        } finally {
            lock.unlock();
        }
    }

    /** Everything stored; the records are immutable. */
    private static final class Data {
        final Map<ConversationKey, StoredConversation> conversations = new HashMap<>();
        final Map<ConversationKey, Map<String, Progress>> progress = new HashMap<>();
        final List<Completion> completions = new ArrayList<>();
        final Map<String, Instant> deliveries = new HashMap<>();
        final Map<String, Long> counters = new HashMap<>();
        final Map<String, ChatMembership> chats = new HashMap<>();
        final List<RoleChange> roleChanges = new ArrayList<>();
        final Map<String, Subscription> subscriptions = new HashMap<>();
        final MemoryBroadcasts.Data broadcasts;

        Data() {
            this(new MemoryBroadcasts.Data());
        }

        Data(MemoryBroadcasts.Data broadcasts) {
            this.broadcasts = broadcasts;
        }
        final MemoryCampaigns.Slot campaign = new MemoryCampaigns.Slot();

        Data copy() {
            Data copy = new Data(broadcasts.copy());
            copy.conversations.putAll(conversations);
            progress.forEach((key, perAction) -> copy.progress.put(key, new HashMap<>(perAction)));
            copy.completions.addAll(completions);
            copy.deliveries.putAll(deliveries);
            copy.counters.putAll(counters);
            copy.chats.putAll(chats);
            copy.roleChanges.addAll(roleChanges);
            copy.subscriptions.putAll(subscriptions);
            copy.campaign.copyFrom(campaign);
            return copy;
        }
    }

    /** @param undo how to take back each change made so far, newest first */
    private record MemoryTx(Data data, Deque<Runnable> undo) implements Tx, ConversationRepository, ProgressRepository,
            CompletionRepository, DeliveryLog, Counters, ChatDirectory {

        /** Puts (or removes, for a null value) and remembers the previous value. */
        private <K, V> void set(Map<K, V> map, K key, V value) {
            Undo.set(undo, map, key, value);
        }

        @Override
        public ConversationRepository conversations() {
            return this;
        }

        @Override
        public ProgressRepository progress() {
            return this;
        }

        @Override
        public CompletionRepository completions() {
            return this;
        }

        @Override
        public DeliveryLog deliveries() {
            return this;
        }

        @Override
        public Counters counters() {
            return this;
        }

        @Override
        public ChatDirectory chats() {
            return this;
        }

        @Override
        public CoordinatorRoster coordinators() {
            return new MemoryCoordination(data.roleChanges, data.subscriptions, undo);
        }

        @Override
        public Subscriptions subscriptions() {
            return new MemoryCoordination(data.roleChanges, data.subscriptions, undo);
        }

        @Override
        public Broadcasts broadcasts() {
            return new MemoryBroadcasts(data.broadcasts, undo);
        }

        @Override
        public CampaignStore campaigns() {
            return new MemoryCampaigns(data.campaign, undo);
        }

        @Override
        public void record(ChatMembership membership) {
            set(data.chats, membership.platform() + "\n" + membership.chatId(), membership);
        }

        @Override
        public Optional<ChatMembership> find(String platform, String chatId) {
            return Optional.ofNullable(data.chats.get(platform + "\n" + chatId));
        }

        @Override
        public List<ChatMembership> all(String platform) {
            return data.chats.values().stream()
                    .filter(chat -> chat.platform().equals(platform))
                    .sorted(Comparator.comparing(ChatMembership::chatId))
                    .toList();
        }

        @Override
        public Optional<StoredConversation> find(ConversationKey key) {
            return Optional.ofNullable(data.conversations.get(key));
        }

        @Override
        public long save(StoredConversation conversation) {
            StoredConversation stored = data.conversations.get(conversation.key());
            long current = stored == null ? 0 : stored.version();
            if (current != conversation.version()) {
                throw new StoreConflictException("conversation changed since version " + conversation.version());
            }
            long next = current + 1;
            set(data.conversations, conversation.key(), new StoredConversation(conversation.key(), conversation.chatId(),
                    conversation.state(), conversation.language(), conversation.data(), next, conversation.updatedAt()));
            return next;
        }

        @Override
        public boolean delete(ConversationKey key) {
            boolean had = data.conversations.containsKey(key);
            set(data.conversations, key, null);
            return had;
        }

        @Override
        public void record(ConversationKey key, String actionId, Milestone milestone, Instant at) {
            Map<String, Progress> perAction = new HashMap<>(data.progress.getOrDefault(key, Map.of()));
            Progress old = perAction.getOrDefault(actionId, new Progress(actionId, at, Optional.empty(), Optional.empty()));
            Optional<Instant> ready = milestone == Milestone.READY && old.ready().isEmpty() ? Optional.of(at) : old.ready();
            Optional<Instant> posted = milestone == Milestone.POSTED && old.posted().isEmpty() ? Optional.of(at) : old.posted();
            perAction.put(actionId, new Progress(actionId, old.started(), ready, posted));
            set(data.progress, key, perAction);
        }

        @Override
        public List<Progress> forUser(ConversationKey key) {
            return data.progress.getOrDefault(key, Map.of()).values().stream()
                    .sorted(Comparator.comparing(Progress::started).thenComparing(Progress::actionId))
                    .toList();
        }

        @Override
        public int deleteUser(ConversationKey key) {
            Map<String, Progress> removed = data.progress.get(key);
            set(data.progress, key, null);
            return removed == null ? 0 : removed.size();
        }

        @Override
        public MilestoneCounts milestoneCounts(String actionId) {
            return MilestoneTally.count(progressOn(actionId));
        }

        @Override
        public List<DailyCounts> milestonesPerDay(String actionId, ZoneId zone) {
            return MilestoneTally.perDay(progressOn(actionId), zone);
        }

        private List<Progress> progressOn(String actionId) {
            return data.progress.values().stream()
                    .map(perAction -> perAction.get(actionId))
                    .filter(Objects::nonNull)
                    .toList();
        }

        @Override
        public void add(Completion completion) {
            data.completions.add(Objects.requireNonNull(completion));
            undo.push(() -> data.completions.remove(data.completions.size() - 1));
        }

        @Override
        public List<CompletionCount> countsFor(String actionId) {
            Map<String, Map<String, Long>> counts = new TreeMap<>();
            for (Completion c : data.completions) {
                if (c.actionId().equals(actionId)) {
                    counts.computeIfAbsent(c.target(), t -> new TreeMap<>()).merge(c.network(), 1L, Long::sum);
                }
            }
            List<CompletionCount> out = new ArrayList<>();
            counts.forEach((target, perNetwork) ->
                    perNetwork.forEach((network, count) -> out.add(new CompletionCount(target, network, count))));
            return out;
        }

        @Override
        public boolean markProcessed(String platform, String deliveryId, Instant at) {
            String key = platform + "\n" + deliveryId;
            if (data.deliveries.containsKey(key)) {
                return false;
            }
            set(data.deliveries, key, at);
            return true;
        }

        @Override
        public int purgeBefore(Instant before) {
            List<String> old = data.deliveries.entrySet().stream()
                    .filter(e -> e.getValue().isBefore(before))
                    .map(Map.Entry::getKey)
                    .toList();
            old.forEach(key -> set(data.deliveries, key, null));
            return old.size();
        }

        @Override
        public long next(String name) {
            long value = data.counters.getOrDefault(name, 0L) + 1;
            set(data.counters, name, value);
            return value;
        }
    }
}
