package org.relais.slack.fake;

import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Unique identifiers shaped like Slack's: message timestamps ({@code 1700000000.000100}, monotonic, from the clock),
 * event ids ({@code Ev…}), trigger ids, view ids, envelope ids, tokens.
 */
final class Ids {

    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String HEX = "0123456789abcdef";

    private final AtomicLong sequence = new AtomicLong(ThreadLocalRandom.current().nextInt(1_000, 50_000));
    private long lastMicros;

    /** The next message timestamp: epoch seconds and microseconds, strictly increasing. */
    synchronized String ts() {
        long now = System.currentTimeMillis() * 1000;
        lastMicros = Math.max(now, lastMicros + 1);
        return String.format(Locale.ROOT, "%d.%06d", lastMicros / 1_000_000, lastMicros % 1_000_000);
    }

    /** An Events API event id, such as {@code Ev0A1B2C3D4E}. */
    String eventId() {
        return "Ev0" + base36(10);
    }

    /** A view id, such as {@code V0A1B2C3D4E}. */
    String viewId() {
        return "V0" + base36(9);
    }

    /** A trigger id, such as {@code 1234567890123.1234567890123.0123456789abcdef…}. */
    String triggerId() {
        return digits(13) + "." + digits(13) + "." + hex(32);
    }

    /** A Socket Mode envelope id (a UUID, as Slack sends). */
    String envelopeId() {
        return UUID.randomUUID().toString();
    }

    /** A Slack-style id of {@code length} characters after its one-letter prefix, unique within this instance. */
    String base36(int length) {
        String number = Long.toString(sequence.incrementAndGet() * 7_919L + 1_000_000_000L, 36)
                .toUpperCase(Locale.ROOT);
        StringBuilder id = new StringBuilder(number);
        while (id.length() < length) {
            id.insert(0, '0');
        }
        return id.substring(id.length() - length);
    }

    static String alnum(int length) {
        return pick(ALNUM, length);
    }

    static String hex(int length) {
        return pick(HEX, length);
    }

    static String digits(int length) {
        StringBuilder text = new StringBuilder(pick("123456789", 1));
        text.append(pick("0123456789", length - 1));
        return text.toString();
    }

    private static String pick(String alphabet, int length) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
