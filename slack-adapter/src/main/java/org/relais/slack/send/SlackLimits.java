package org.relais.slack.send;

import java.time.Duration;
import org.relais.core.send.PaceLimits;

/**
 * Slack's pace (docs/platform-limits.md): about one message a second per channel, short bursts
 * allowed, and a workspace-wide limit of several hundred a minute, kept here at five a second. That
 * limit counts every message, so answers share it, and go before a broadcast's messages.
 */
public final class SlackLimits {
    /** Added to every window: a call counted as started at t reaches Slack a little later. */
    public static final Duration SAFETY = Duration.ofMillis(60);

    private SlackLimits() {}

    public static PaceLimits slack() {
        return new PaceLimits(5, 3, Duration.ofSeconds(1), 60, Duration.ofMinutes(1), 5, Duration.ofMillis(500), SAFETY)
                .withAnswersInOverall();
    }
}
