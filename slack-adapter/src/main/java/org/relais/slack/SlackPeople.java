package org.relais.slack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.relais.slack.send.SlackCalls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * People's locales ({@code users.info}) and direct-message channels ({@code conversations.open}),
 * asked once and remembered: a locale for six hours (people change it rarely; a failed lookup is
 * tried again after five minutes), a channel for good (Slack keeps it). Asked from the threads that
 * handle requests, after Slack was acknowledged, so waiting here holds up no acknowledgement.
 */
final class SlackPeople implements People {
    private static final Logger LOG = LoggerFactory.getLogger(SlackPeople.class);
    static final Duration KEEP_LOCALE = Duration.ofHours(6);
    static final Duration RETRY_LOCALE = Duration.ofMinutes(5);
    private static final int MAX_REMEMBERED = 50_000;
    private static final long WAIT_SECONDS = 15;

    private record Known(Optional<String> locale, Instant until) {}

    private final SlackCalls calls;
    private final Clock clock;
    private final ConcurrentHashMap<String, Known> locales = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> channels = new ConcurrentHashMap<>();

    SlackPeople(SlackCalls calls, Clock clock) {
        this.calls = calls;
        this.clock = clock;
    }

    @Override
    public Optional<String> locale(String userId) {
        Instant now = clock.instant();
        Known known = locales.get(userId);
        if (known != null && now.isBefore(known.until())) {
            return known.locale();
        }
        Known fresh;
        try {
            fresh = new Known(calls.locale(userId).get(WAIT_SECONDS, TimeUnit.SECONDS), now.plus(KEEP_LOCALE));
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("users.info failed for {} ({}); the default language is used for now", userId, e.getClass().getSimpleName());
            fresh = new Known(known == null ? Optional.empty() : known.locale(), now.plus(RETRY_LOCALE));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        if (locales.size() >= MAX_REMEMBERED) {
            locales.clear(); // rare and cheap: the next lookups ask again
        }
        locales.put(userId, fresh);
        return fresh.locale();
    }

    @Override
    public String directChannel(String userId) {
        String known = channels.get(userId);
        if (known != null) {
            return known;
        }
        try {
            String channel = calls.openDirect(userId).get(WAIT_SECONDS, TimeUnit.SECONDS);
            if (channels.size() >= MAX_REMEMBERED) {
                channels.clear();
            }
            channels.put(userId, channel);
            return channel;
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("conversations.open failed for " + userId + " (" + e.getClass().getSimpleName() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while opening the direct messages of " + userId, e);
        }
    }

    @Override
    public void remember(String userId, String directChannel) {
        if (directChannel != null && directChannel.startsWith("D")) {
            channels.putIfAbsent(userId, directChannel);
        }
    }
}
