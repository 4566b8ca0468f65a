package org.relais.core.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.relais.core.chat.Reply;
import org.relais.core.port.Messenger;
import org.relais.core.port.Undelivered;

/**
 * A platform as the broadcaster sees it, without a network: every post is made on its own thread
 * (as a sender's worker would), after the claim, and recorded; chats can be told to refuse.
 */
public final class RecordingMessenger implements Messenger, AutoCloseable {

    /** A message the platform took. */
    public record Post(String chatId, String messageId, Reply reply) {}

    /** An edit of a message. */
    public record Edit(String chatId, String messageId, Reply reply) {}

    private final String platform;
    private final ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "recording-messenger");
        t.setDaemon(true);
        return t;
    });
    private final List<Post> posts = new ArrayList<>();
    private final List<Edit> edits = new ArrayList<>();
    private final Map<String, Undelivered> refusals = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger(100);

    public RecordingMessenger(String platform) {
        this.platform = platform;
    }

    /** Every later post to {@code chatId} fails with {@code why}. */
    public RecordingMessenger refuse(String chatId, Undelivered why) {
        refusals.put(chatId, why);
        return this;
    }

    @Override
    public String platform() {
        return platform;
    }

    @Override
    public CompletableFuture<Optional<String>> post(String chatId, Reply reply, BooleanSupplier claim) {
        return CompletableFuture.supplyAsync(() -> {
            if (!claim.getAsBoolean()) {
                return Optional.empty();
            }
            Undelivered refusal = refusals.get(chatId);
            if (refusal != null) {
                throw refusal;
            }
            String id = Integer.toString(ids.incrementAndGet());
            synchronized (this) {
                posts.add(new Post(chatId, id, reply));
                notifyAll();
            }
            return Optional.of(id);
        }, pool);
    }

    @Override
    public CompletableFuture<Void> edit(String chatId, String messageId, Reply reply) {
        synchronized (this) {
            edits.add(new Edit(chatId, messageId, reply));
            notifyAll();
        }
        return CompletableFuture.completedFuture(null);
    }

    public synchronized List<Post> posts() {
        return List.copyOf(posts);
    }

    public synchronized List<Edit> edits() {
        return List.copyOf(edits);
    }

    /** Waits (at most {@code limit}) until a post matches; fails the test otherwise. */
    public synchronized Post awaitPost(Predicate<Post> wanted, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            Optional<Post> found = posts.stream().filter(wanted).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no such post within " + limit + "; posts: " + posts);
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
