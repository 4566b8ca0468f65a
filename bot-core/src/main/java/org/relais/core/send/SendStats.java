package org.relais.core.send;

/**
 * What a {@link PacedSender} has done since it started, for the benchmark and the logs: a 429
 * count above zero means the pacing is too loose (the sender paces before calling, not after).
 *
 * @param calls attempts started (every retry counts once more)
 * @param delivered calls the platform took
 * @param floodWaits 429 answers received (each is followed by the same call again)
 * @param retries attempts repeated after a 5xx or a failure on the way
 * @param failed futures completed exceptionally, whatever the cause (blocked lanes' calls included)
 * @param blocked answers that refused the bot for good (lanes reported to {@code onBlocked})
 * @param pending calls submitted and not settled yet (queued or on their way)
 */
public record SendStats(long calls, long delivered, long floodWaits, long retries, long failed, long blocked,
        int pending) {}
