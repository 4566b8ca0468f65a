package org.relais.telegram;

import java.net.URI;
import java.util.Optional;

/**
 * What the Telegram adapter needs; checked by the configuration, which knows the variables' names.
 *
 * @param apiUrl the Bot API's base, {@code https://api.telegram.org} or a self-hosted server's
 * @param webhookUrl present for webhook mode, absent for long polling
 * @param bulkPerSecond broadcast messages a second across all chats: 30 (Telegram's FAQ), up to 1,000
 *     with {@code paidBroadcast}
 * @param answerPerSecond an operator's cap on answers a second across all chats; 0 for none (answers
 *     keep their chat's pace only)
 * @param paidBroadcast broadcast messages carry {@code allow_paid_broadcast}: Telegram then allows up
 *     to 1,000 a second and charges the bot's Stars balance for those above the free 30
 */
public record TelegramSettings(String token, URI apiUrl, Optional<URI> webhookUrl, Optional<String> webhookSecret,
        int bulkPerSecond, int answerPerSecond, boolean paidBroadcast) {

    public static final URI DEFAULT_API_URL = URI.create("https://api.telegram.org");
    /** Telegram's FAQ: "no more than 30 messages per second" for bulk notifications. */
    public static final int FREE_BULK_PER_SECOND = 30;
    /** The Bot API's {@code allow_paid_broadcast}: "up to 1000 messages per second", paid in Stars. */
    public static final int PAID_BULK_PER_SECOND = 1000;

    /** Telegram's own rates: 30 bulk messages a second, answers uncapped, no paid broadcast. */
    public TelegramSettings(String token, URI apiUrl, Optional<URI> webhookUrl, Optional<String> webhookSecret) {
        this(token, apiUrl, webhookUrl, webhookSecret, FREE_BULK_PER_SECOND, 0, false);
    }

    /** Never the token. */
    @Override
    public String toString() {
        return "TelegramSettings[apiUrl=" + apiUrl + ", webhook=" + webhookUrl.isPresent() + ", bulkPerSecond="
                + bulkPerSecond + ", answerPerSecond=" + answerPerSecond + ", paidBroadcast=" + paidBroadcast + "]";
    }
}
