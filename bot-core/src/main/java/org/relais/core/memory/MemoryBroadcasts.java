package org.relais.core.memory;

import java.time.Instant;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.relais.core.chat.ConversationKey;
import org.relais.core.port.Broadcast;
import org.relais.core.port.Broadcasts;
import org.relais.core.port.ChatAddress;
import org.relais.core.port.Delivery;
import org.relais.core.port.DeliveryTally;
import org.relais.core.port.Tallies;

/** The broadcasts and their outbox of one in-memory transaction; each change pushes its undo. */
final class MemoryBroadcasts implements Broadcasts {

    /** A broadcast and who works on it. */
    record Held(Broadcast broadcast, String runner, Instant heartbeat) {}

    /** A delivery and who claimed it; {@code seq} keeps the order they were written in. */
    record Row(long seq, Delivery delivery, String claimedBy, Instant claimedAt) {}

    /** Everything stored: broadcasts by id, deliveries by (broadcast, platform, chat). */
    static final class Data {
        final Map<Long, Held> broadcasts = new TreeMap<>();
        final Map<String, Row> deliveries = new TreeMap<>();
        long nextId = 1;
        long nextSeq = 1;

        Data copy() {
            Data copy = new Data();
            copy.broadcasts.putAll(broadcasts);
            copy.deliveries.putAll(deliveries);
            copy.nextId = nextId;
            copy.nextSeq = nextSeq;
            return copy;
        }
    }

    private final Data data;
    private final Deque<Runnable> undo;

    MemoryBroadcasts(Data data, Deque<Runnable> undo) {
        this.data = data;
        this.undo = undo;
    }

    @Override
    public long draft(Broadcast draft) {
        long id = data.nextId++;
        undo.push(() -> data.nextId--);
        Broadcast stored = new Broadcast(id, draft.announcement(), draft.by(), draft.reportChat(), draft.statusMessage(),
                draft.createdAt(), draft.sendAt(), Broadcast.State.DRAFT, Optional.empty(), Optional.empty());
        put(id, new Held(stored, null, null));
        return id;
    }

    @Override
    public Optional<Broadcast> find(long id) {
        return Optional.ofNullable(data.broadcasts.get(id)).map(Held::broadcast);
    }

    @Override
    public Optional<Broadcast> latestDraft(ConversationKey by) {
        return data.broadcasts.values().stream().map(Held::broadcast)
                .filter(b -> b.state() == Broadcast.State.DRAFT && b.by().equals(by))
                .max(Comparator.comparing(Broadcast::createdAt).thenComparing(Broadcast::id));
    }

    @Override
    public boolean confirm(long id, Instant sendAt) {
        Held held = data.broadcasts.get(id);
        if (held == null || held.broadcast().state() != Broadcast.State.DRAFT) {
            return false;
        }
        put(id, new Held(with(held.broadcast(), Broadcast.State.SCHEDULED, sendAt), null, null));
        return true;
    }

    @Override
    public void enqueue(long id, List<ChatAddress> chats) {
        for (ChatAddress chat : chats) {
            long seq = data.nextSeq++;
            undo.push(() -> data.nextSeq--);
            put(key(id, chat), new Row(seq, new Delivery(id, chat, Delivery.State.PENDING, 0, Optional.empty(),
                    Optional.empty()), null, null));
        }
    }

    @Override
    public boolean cancel(long id) {
        Held held = data.broadcasts.get(id);
        if (held == null || (held.broadcast().state() != Broadcast.State.DRAFT
                && held.broadcast().state() != Broadcast.State.SCHEDULED)) {
            return false;
        }
        put(id, new Held(with(held.broadcast(), Broadcast.State.CANCELLED, held.broadcast().sendAt()), null, null));
        return true;
    }

    @Override
    public List<Broadcast> scheduled() {
        return data.broadcasts.values().stream().map(Held::broadcast).filter(b -> b.state() == Broadcast.State.SCHEDULED)
                .sorted(Comparator.comparing(Broadcast::sendAt).thenComparing(Broadcast::id)).toList();
    }

    @Override
    public List<Broadcast> runnable(Instant now) {
        return data.broadcasts.values().stream().map(Held::broadcast)
                .filter(b -> b.state() == Broadcast.State.SENDING
                        || (b.state() == Broadcast.State.SCHEDULED && !b.sendAt().isAfter(now)))
                .sorted(Comparator.comparing(Broadcast::sendAt).thenComparing(Broadcast::id)).toList();
    }

    @Override
    public boolean take(long id, String runner, Instant now, Instant staleBefore) {
        Held held = data.broadcasts.get(id);
        if (held == null) {
            return false;
        }
        Broadcast b = held.broadcast();
        if (b.state() == Broadcast.State.SCHEDULED && !b.sendAt().isAfter(now)) {
            put(id, new Held(new Broadcast(b.id(), b.announcement(), b.by(), b.reportChat(), b.statusMessage(), b.createdAt(),
                    b.sendAt(), Broadcast.State.SENDING, Optional.of(now), Optional.empty()), runner, now));
            return true;
        }
        boolean free = held.runner() == null || held.runner().equals(runner) || held.heartbeat().isBefore(staleBefore);
        if (b.state() == Broadcast.State.SENDING && free) {
            put(id, new Held(b, runner, now));
            return true;
        }
        return false;
    }

    @Override
    public void heartbeat(long id, String runner, Instant now) {
        Held held = data.broadcasts.get(id);
        if (held != null && runner.equals(held.runner())) {
            put(id, new Held(held.broadcast(), runner, now));
        }
    }

    @Override
    public void setStatusMessage(long id, String messageId) {
        Held held = data.broadcasts.get(id);
        if (held != null) {
            Broadcast b = held.broadcast();
            put(id, new Held(new Broadcast(b.id(), b.announcement(), b.by(), b.reportChat(), Optional.of(messageId),
                    b.createdAt(), b.sendAt(), b.state(), b.startedAt(), b.finishedAt()), held.runner(), held.heartbeat()));
        }
    }

    @Override
    public List<Delivery> unsettled(long id) {
        return rows(id).filter(row -> row.delivery().state() == Delivery.State.PENDING
                || row.delivery().state() == Delivery.State.SENDING).map(Row::delivery).toList();
    }

    @Override
    public boolean claim(long id, ChatAddress to, String runner, Instant now, Instant staleBefore) {
        Row row = data.deliveries.get(key(id, to));
        if (row == null) {
            return false;
        }
        Delivery d = row.delivery();
        boolean mine = d.state() == Delivery.State.SENDING && runner.equals(row.claimedBy());
        boolean stale = d.state() == Delivery.State.SENDING && !runner.equals(row.claimedBy())
                && row.claimedAt().isBefore(staleBefore);
        if (d.state() != Delivery.State.PENDING && !mine && !stale) {
            return false;
        }
        int claims = mine ? d.claims() : d.claims() + 1;
        put(key(id, to), new Row(row.seq(), new Delivery(id, to, Delivery.State.SENDING, claims, Optional.empty(),
                Optional.empty()), runner, now));
        return true;
    }

    @Override
    public void sent(long id, ChatAddress to, String messageId, Instant now) {
        settle(id, to, Delivery.State.SENT, Optional.of(messageId), Optional.empty());
    }

    @Override
    public void failed(long id, ChatAddress to, String reason, Instant now) {
        settle(id, to, Delivery.State.FAILED, Optional.empty(), Optional.of(reason));
    }

    private void settle(long id, ChatAddress to, Delivery.State state, Optional<String> messageId, Optional<String> reason) {
        Row row = data.deliveries.get(key(id, to));
        if (row != null) {
            put(key(id, to), new Row(row.seq(), new Delivery(id, to, state, row.delivery().claims(), messageId, reason),
                    row.claimedBy(), row.claimedAt()));
        }
    }

    @Override
    public DeliveryTally tally(long id) {
        return Tallies.of(rows(id).map(Row::delivery).toList());
    }

    @Override
    public void finish(long id, Instant now) {
        Held held = data.broadcasts.get(id);
        if (held != null && held.broadcast().state() == Broadcast.State.SENDING) {
            Broadcast b = held.broadcast();
            put(id, new Held(new Broadcast(b.id(), b.announcement(), b.by(), b.reportChat(), b.statusMessage(), b.createdAt(),
                    b.sendAt(), Broadcast.State.DONE, b.startedAt(), Optional.of(now)), null, null));
        }
    }

    private java.util.stream.Stream<Row> rows(long id) {
        String prefix = id + "\n";
        return data.deliveries.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).map(Map.Entry::getValue)
                .sorted(Comparator.comparingLong(Row::seq));
    }

    private static Broadcast with(Broadcast b, Broadcast.State state, Instant sendAt) {
        return new Broadcast(b.id(), b.announcement(), b.by(), b.reportChat(), b.statusMessage(), b.createdAt(), sendAt,
                state, b.startedAt(), b.finishedAt());
    }

    private static String key(long id, ChatAddress to) {
        return id + "\n" + to.platform() + "\n" + to.chatId();
    }

    private void put(long id, Held held) {
        Undo.set(undo, data.broadcasts, id, held);
    }

    private void put(String key, Row row) {
        Undo.set(undo, data.deliveries, key, row);
    }
}
