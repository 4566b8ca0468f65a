package org.relais.core.port;

import java.time.Instant;

/**
 * The platform delivery ids already handled. Telegram and Slack deliver again what they believe was
 * not received; recording the id in the event's own transaction makes handling idempotent.
 */
public interface DeliveryLog {

    /** @return true the first time this (platform, id) is seen, false ever after */
    boolean markProcessed(String platform, String deliveryId, Instant at);

    /** Drops ids older than {@code before} (platforms stop re-delivering after hours). @return how many. */
    int purgeBefore(Instant before);
}
