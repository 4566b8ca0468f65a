package org.relais.slack.send;

import com.slack.api.methods.SlackApiException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Set;
import org.relais.core.send.Judge;
import org.relais.core.send.Verdict;

/**
 * Slack's answers as the paced sender's decisions, in one place. HTTP 429 (or {@code ratelimited}):
 * wait {@code Retry-After} and make the same call again. 5xx, Slack's own transient errors, and
 * failures on the way: retry with backoff. A channel the app can no longer post in: blocked. Anything
 * else (a bad block, an unknown message to update): refused at once, since retrying gets the same.
 */
public final class SlackVerdicts implements Judge {
    private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);
    private static final Set<String> TRANSIENT = Set.of("internal_error", "fatal_error", "service_unavailable",
            "request_timeout", "ekm_access_denied", "team_added_to_org");
    private static final Set<String> GONE = Set.of("channel_not_found", "not_in_channel", "is_archived",
            "cannot_dm_bot", "user_disabled", "user_not_found", "messages_tab_disabled");

    @Override
    public Verdict judge(Throwable failure) {
        if (failure instanceof SlackApiException http && http.getResponse() != null) {
            int code = http.getResponse().code();
            String error = http.getError() != null && http.getError().getError() != null ? http.getError().getError() : "";
            if (code == 429) {
                return Verdict.flood(failure, retryAfter(http.getResponse().header("Retry-After")), "HTTP 429", error);
            }
            return code >= 500 ? Verdict.retry(failure, "HTTP " + code, error) : Verdict.rejected(failure, "HTTP " + code, error);
        }
        if (failure instanceof SlackRefusal refusal) {
            return refusal(refusal);
        }
        if (failure instanceof IOException || failure instanceof UncheckedIOException) {
            return Verdict.retry(failure, failure.getClass().getSimpleName(), "");
        }
        return Verdict.rejected(failure, failure.getClass().getSimpleName(), "");
    }

    private static Verdict refusal(SlackRefusal refusal) {
        String error = refusal.error();
        String reason = refusal.status() == 200 ? error : "HTTP " + refusal.status();
        if (refusal.status() == 429 || error.equals("ratelimited") || error.equals("rate_limited")) {
            return Verdict.flood(refusal, DEFAULT_RETRY_AFTER, reason, error);
        }
        if (refusal.status() >= 500 || TRANSIENT.contains(error)) {
            return Verdict.retry(refusal, reason, error);
        }
        if (GONE.contains(error)) {
            return Verdict.blocked(refusal, reason, error);
        }
        return Verdict.rejected(refusal, reason, error);
    }

    /** Slack's words for a channel the app can no longer post in (left, archived, deleted). */
    public static boolean gone(String error) {
        return GONE.contains(error);
    }

    /** {@code Retry-After} in seconds, as Slack sends it; a second when it is missing or unreadable. */
    static Duration retryAfter(String header) {
        if (header == null || !header.strip().matches("[0-9]{1,6}")) {
            return DEFAULT_RETRY_AFTER;
        }
        return Duration.ofSeconds(Long.parseLong(header.strip()));
    }
}
