package org.relais.telegram.fake;

import java.util.List;

/**
 * The webhook as the last {@code setWebhook}/{@code deleteWebhook} left it.
 *
 * @param url the webhook URL, empty when none is set (as {@code getWebhookInfo} reports it)
 * @param secretToken the {@code secret_token}, or null
 * @param allowedUpdates the {@code allowed_updates}, empty when not given
 */
public record Webhook(String url, String secretToken, List<String> allowedUpdates) {

    /** No webhook: what {@code deleteWebhook} leaves. */
    public static final Webhook NONE = new Webhook("", null, List.of());

    public Webhook {
        allowedUpdates = List.copyOf(allowedUpdates);
    }

    /** Whether a webhook is set. */
    public boolean isSet() {
        return !url.isEmpty();
    }
}
