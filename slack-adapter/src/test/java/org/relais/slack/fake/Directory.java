package org.relais.slack.fake;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The workspace's people and conversations: users (with their locale and time zone), channels declared by the
 * tests, and the direct-message channel of each user with the app, whose id ({@code D…}) is stable per user and
 * not derived from the user id (an adapter must learn it from {@code conversations.open} or from an event).
 */
final class Directory {

    /** A person in the workspace. */
    record User(String id, String locale, String timeZone) {
    }

    private final Ids ids;
    private final String defaultLocale;
    private final Map<String, User> users = new LinkedHashMap<>();
    private final Map<String, String> dmByUser = new HashMap<>();
    private final Map<String, String> userByDm = new HashMap<>();
    private final Set<String> channels = new LinkedHashSet<>();

    Directory(Ids ids, String defaultLocale) {
        this.ids = ids;
        this.defaultLocale = defaultLocale;
    }

    String defaultLocale() {
        return defaultLocale;
    }

    synchronized void declareUser(String id, String locale, String timeZone) {
        if (!id.matches("[UW][A-Z0-9]{2,}")) {
            throw new IllegalArgumentException("a user id looks like U0123ABCD: " + id);
        }
        users.put(id, new User(id, Objects.requireNonNull(locale), Objects.requireNonNull(timeZone)));
    }

    /** The user, or null if the workspace has no such person. */
    synchronized User user(String id) {
        return id == null ? null : users.get(id);
    }

    /** The user, declared with the default locale if the workspace did not know them yet. */
    synchronized User ensureUser(String id) {
        if (!users.containsKey(id)) {
            declareUser(id, defaultLocale, "America/Toronto");
        }
        return users.get(id);
    }

    synchronized void declareChannel(String id) {
        if (!id.matches("[CG][A-Z0-9]{2,}")) {
            throw new IllegalArgumentException("a channel id looks like C0123ABCD (or G… for a private one): " + id);
        }
        channels.add(id);
    }

    /** The DM channel of the app with a known user, opened now if it was not yet. */
    synchronized String dm(String userId) {
        ensureUser(userId);
        return dmByUser.computeIfAbsent(userId, user -> {
            String id = "D0" + ids.base36(9);
            userByDm.put(id, user);
            return id;
        });
    }

    /** Whether the DM with this user was opened already. */
    synchronized boolean hasDm(String userId) {
        return dmByUser.containsKey(userId);
    }

    /** The user of a DM channel, or null if it is not one. */
    synchronized String dmUser(String channel) {
        return userByDm.get(channel);
    }

    /**
     * The channel a message to {@code channel} goes to: a known channel or DM as is, a known user's DM for a user
     * id (as Slack allows); null if there is no such conversation.
     */
    synchronized String resolve(String channel) {
        if (channel == null) {
            return null;
        }
        if (channels.contains(channel) || userByDm.containsKey(channel)) {
            return channel;
        }
        return users.containsKey(channel) ? dm(channel) : null;
    }

    /** Whether the user can see the channel (a DM: only its user; a declared channel: anyone). */
    synchronized boolean isMember(String userId, String channel) {
        return channels.contains(channel) || userId.equals(userByDm.get(channel));
    }
}
