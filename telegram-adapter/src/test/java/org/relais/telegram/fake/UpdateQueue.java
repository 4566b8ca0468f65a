package org.relais.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The updates waiting for {@code getUpdates}, kept until confirmed: an {@code offset} drops every update below it, an
 * unconfirmed update is delivered again. Long polling waits for an update up to {@code min(timeout, cap)}; a newer
 * {@code getUpdates} ends a waiting one with 409, as Telegram does.
 */
final class UpdateQueue {

    /** The update types Telegram leaves out unless {@code allowed_updates} asks for them. */
    private static final Set<String> OPT_IN_TYPES = Set.of("chat_member", "message_reaction",
            "message_reaction_count");
    static final String CONFLICT = "Conflict: terminated by other getUpdates request; make sure that only one bot "
            + "instance is running";

    private final TreeMap<Integer, ObjectNode> pending = new TreeMap<>();
    private int nextId;
    private List<String> allowed = List.of();
    private int generation;
    private boolean closed;

    UpdateQueue(int firstUpdateId) {
        this.nextId = firstUpdateId;
    }

    /** Queues an update, giving it the next {@code update_id} unless it has one; returns its id. */
    synchronized int enqueue(ObjectNode update) {
        int id;
        if (update.hasNonNull("update_id")) {
            id = update.get("update_id").asInt();
            nextId = Math.max(nextId, id + 1);
        } else {
            id = nextId++;
            ObjectNode withId = Params.JSON.createObjectNode().put("update_id", id);
            withId.setAll(update);
            update = withId;
        }
        pending.put(id, update);
        notifyAll();
        return id;
    }

    synchronized int pendingCount() {
        return pending.size();
    }

    synchronized void dropPending() {
        pending.clear();
    }

    synchronized void close() {
        closed = true;
        notifyAll();
    }

    /** Answers one {@code getUpdates}, waiting (long polling) up to {@code cap} when there is nothing to give. */
    synchronized List<ObjectNode> poll(Params params, Duration cap) {
        int offset = params.intOr("offset", 0);
        int limit = Math.max(1, Math.min(100, params.intOr("limit", 100)));
        long timeoutNanos = Math.min(TimeUnit.SECONDS.toNanos(Math.max(0, params.intOr("timeout", 0))),
                cap.toNanos());
        JsonNode allowedUpdates = params.json("allowed_updates", "can't parse allowed_updates JSON array");
        if (allowedUpdates != null && allowedUpdates.isArray()) {
            List<String> types = new ArrayList<>();
            allowedUpdates.forEach(type -> types.add(type.asText()));
            allowed = List.copyOf(types);
        }
        int mine = ++generation;
        notifyAll(); // an older poll still waiting is ended with 409
        confirm(offset);
        long deadline = System.nanoTime() + timeoutNanos;
        while (true) {
            List<ObjectNode> found = select(limit);
            long left = deadline - System.nanoTime();
            if (!found.isEmpty() || left <= 0 || closed) {
                return found;
            }
            try {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return List.of();
            }
            if (generation != mine) {
                throw new ApiError(409, CONFLICT, null, Rejection.Kind.VALIDATION);
            }
        }
    }

    private void confirm(int offset) {
        if (offset > 0) {
            pending.headMap(offset).clear();
        } else if (offset < 0) {
            while (pending.size() > -offset) {
                pending.pollFirstEntry();
            }
        }
    }

    private List<ObjectNode> select(int limit) {
        List<ObjectNode> found = new ArrayList<>();
        for (Iterator<ObjectNode> it = pending.values().iterator(); it.hasNext() && found.size() < limit; ) {
            ObjectNode update = it.next();
            if (wanted(type(update))) {
                found.add(update.deepCopy());
            }
        }
        return found;
    }

    private boolean wanted(String type) {
        return allowed.isEmpty() ? !OPT_IN_TYPES.contains(type) : allowed.contains(type);
    }

    private static String type(ObjectNode update) {
        for (Iterator<String> names = update.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals("update_id")) {
                return name;
            }
        }
        return "";
    }
}
