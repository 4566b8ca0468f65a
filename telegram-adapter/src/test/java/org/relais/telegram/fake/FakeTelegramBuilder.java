package org.relais.telegram.fake;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/** Configures and starts a {@link FakeTelegram}; obtained from {@link FakeTelegram#builder()}. */
public final class FakeTelegramBuilder {

    private static final Pattern TOKEN = Pattern.compile("\\d+:[A-Za-z0-9_-]+");

    String token = FakeTelegram.DEFAULT_TOKEN;
    String username = FakeTelegram.DEFAULT_USERNAME;
    String botName = "Relais Test";
    Duration longPollCap = Duration.ofSeconds(2);
    FloodRules floodRules;
    boolean strictAmpersand;
    int firstUpdateId = 1000;

    FakeTelegramBuilder() {
    }

    /** The token the fake accepts, {@code <bot id>:<secret>}. */
    public FakeTelegramBuilder token(String token) {
        if (!TOKEN.matcher(token).matches()) {
            throw new IllegalArgumentException("a bot token looks like 123456:ABC-def");
        }
        this.token = token;
        return this;
    }

    /** The bot's username and first name, as {@code getMe} and the messages' {@code from} give them. */
    public FakeTelegramBuilder bot(String username, String firstName) {
        this.username = Objects.requireNonNull(username);
        this.botName = Objects.requireNonNull(firstName);
        return this;
    }

    /** The longest a long poll waits for an update, whatever its {@code timeout} (2 s by default). */
    public FakeTelegramBuilder longPollCap(Duration cap) {
        this.longPollCap = Objects.requireNonNull(cap);
        return this;
    }

    /** Starts with flood control on (it is off by default; {@link FloodRules#telegram()} for benchmarks). */
    public FakeTelegramBuilder floodControl(FloodRules rules) {
        this.floodRules = rules;
        return this;
    }

    /**
     * Also refuses, in HTML, a {@code &} that starts no entity. Telegram keeps such a {@code &} as text, but its
     * documentation asks for {@code &amp;}: a check of the fake's own, off by default.
     */
    public FakeTelegramBuilder strictAmpersand(boolean strict) {
        this.strictAmpersand = strict;
        return this;
    }

    /** The {@code update_id} of the first queued update without one (1000 by default). */
    public FakeTelegramBuilder firstUpdateId(int id) {
        this.firstUpdateId = id;
        return this;
    }

    /** Starts the fake on an ephemeral loopback port. */
    public FakeTelegram start() {
        return new FakeTelegram(this);
    }
}
