package org.relais.telegram.inbound;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.relais.telegram.TelegramApi;
import org.telegram.telegrambots.meta.api.methods.updates.GetWebhookInfo;
import org.telegram.telegrambots.meta.api.objects.WebhookInfo;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Whether Telegram can reach our webhook, as it says in getWebhookInfo: a delivery error in the last
 * few minutes while updates wait means people are not being answered. Asked at most every 30
 * seconds, whatever the rate of health checks.
 */
public final class WebhookHealth {
    static final Duration ASK_EVERY = Duration.ofSeconds(30);
    static final Duration RECENT = Duration.ofMinutes(5);

    /** The answer: {@code detail} says what is wrong, empty when all is well. */
    public record Reading(boolean connected, String detail) {
    }

    private final TelegramApi api;
    private final String url;
    private final Clock clock;
    private Instant askedAt = Instant.MIN;
    private Reading last = new Reading(true, "");

    /** @param url the webhook URL we set, to notice another instance setting its own */
    public WebhookHealth(TelegramApi api, String url, Clock clock) {
        this.api = api;
        this.url = url;
        this.clock = clock;
    }

    public synchronized Reading read() {
        Instant now = clock.instant();
        if (Duration.between(askedAt, now).compareTo(ASK_EVERY) < 0) {
            return last;
        }
        askedAt = now;
        try {
            last = judge(api.call(new GetWebhookInfo()), now);
        } catch (TelegramApiException e) {
            last = new Reading(false, "getWebhookInfo failed (" + e.getClass().getSimpleName() + ")");
        }
        return last;
    }

    private Reading judge(WebhookInfo info, Instant now) {
        if (!url.equals(info.getUrl())) {
            return new Reading(false, info.getUrl() == null || info.getUrl().isEmpty()
                    ? "no webhook is set" : "the webhook is set to another URL");
        }
        Integer errorDate = info.getLastErrorDate();
        boolean waiting = info.getPendingUpdatesCount() != null && info.getPendingUpdatesCount() > 0;
        if (errorDate != null && waiting && Instant.ofEpochSecond(errorDate).isAfter(now.minus(RECENT))) {
            return new Reading(false, "Telegram cannot deliver: " + info.getLastErrorMessage());
        }
        return new Reading(true, "");
    }
}
