package org.relais.telegram.send;

/**
 * What the {@link TelegramSender} has done since it started, for the benchmark and the logs: a 429
 * count above zero means the pacing is too loose (the sender paces before calling, not after).
 *
 * @param calls attempts started (every retry counts once more)
 * @param delivered calls Telegram took
 * @param floodWaits 429 answers received (each is followed by the same call again)
 * @param retries attempts repeated after a 5xx or a failure on the way
 * @param failed futures completed exceptionally, whatever the cause (blocked chats' calls included)
 * @param blocked 403 answers (chats reported to {@code onBlocked})
 * @param pending calls submitted and not settled yet (queued or on their way)
 */
public record SendStats(long calls, long delivered, long floodWaits, long retries, long failed, long blocked,
        int pending) {}
