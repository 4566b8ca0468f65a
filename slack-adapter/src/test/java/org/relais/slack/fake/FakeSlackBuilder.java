package org.relais.slack.fake;

import java.util.Objects;

/** Configures and starts a {@link FakeSlack}; obtained from {@link FakeSlack#builder()}. */
public final class FakeSlackBuilder {

    String teamId = "T0RELAIS1";
    String teamDomain = "relais-test";
    String teamName = "Relais Test";
    String botUserId = "U0RELAISBOT";
    String botId = "B0RELAISBOT";
    String appId = "A0RELAISAPP";
    String botName = "Relais";
    String botToken = "xoxb-" + Ids.digits(13) + "-" + Ids.digits(13) + "-" + Ids.alnum(24);
    String appToken;
    String signingSecret = Ids.hex(32);
    String defaultLocale = "en-US";
    boolean actionIdsPerMessage;

    FakeSlackBuilder() {
    }

    /** The workspace: its team id ({@code T…}), subdomain and name. */
    public FakeSlackBuilder team(String id, String domain, String name) {
        this.teamId = requireId(id, 'T');
        this.teamDomain = Objects.requireNonNull(domain);
        this.teamName = Objects.requireNonNull(name);
        return this;
    }

    /** The app's bot: its user id ({@code U…}), bot id ({@code B…}) and name. */
    public FakeSlackBuilder bot(String userId, String id, String name) {
        this.botUserId = requireId(userId, 'U');
        this.botId = requireId(id, 'B');
        this.botName = Objects.requireNonNull(name);
        return this;
    }

    /** The app's id ({@code A…}). */
    public FakeSlackBuilder appId(String id) {
        this.appId = requireId(id, 'A');
        return this;
    }

    /** The bot token the fake accepts (a fresh {@code xoxb-…} by default). */
    public FakeSlackBuilder botToken(String token) {
        this.botToken = requirePrefix(token, "xoxb-");
        return this;
    }

    /** The app-level token the fake accepts (a fresh {@code xapp-…} by default). */
    public FakeSlackBuilder appToken(String token) {
        this.appToken = requirePrefix(token, "xapp-");
        return this;
    }

    /** The app's signing secret (a fresh one by default). */
    public FakeSlackBuilder signingSecret(String secret) {
        this.signingSecret = Objects.requireNonNull(secret);
        return this;
    }

    /** The locale of users not declared with one ({@code en-US} by default). */
    public FakeSlackBuilder defaultLocale(String locale) {
        this.defaultLocale = Objects.requireNonNull(locale);
        return this;
    }

    /**
     * Also refuses an {@code action_id} used twice in one message or view, in different blocks. Slack requires it
     * unique only within its block: a check of the fake's own, off by default.
     */
    public FakeSlackBuilder uniqueActionIdsPerMessage(boolean unique) {
        this.actionIdsPerMessage = unique;
        return this;
    }

    /** Starts the fake on an ephemeral loopback port. */
    public FakeSlack start() {
        if (appToken == null) {
            appToken = "xapp-1-" + appId + "-" + Ids.digits(13) + "-" + Ids.hex(64);
        }
        return new FakeSlack(this);
    }

    private static String requireId(String id, char prefix) {
        if (id == null || id.length() < 3 || id.charAt(0) != prefix || !id.matches("[A-Z0-9]+")) {
            throw new IllegalArgumentException("expected an id like " + prefix + "0123ABCD, got " + id);
        }
        return id;
    }

    private static String requirePrefix(String token, String prefix) {
        if (token == null || !token.startsWith(prefix)) {
            throw new IllegalArgumentException("expected a token starting with " + prefix);
        }
        return token;
    }
}
