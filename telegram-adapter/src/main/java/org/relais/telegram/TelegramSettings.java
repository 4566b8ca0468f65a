package org.relais.telegram;

import java.net.URI;
import java.util.Optional;

/**
 * What the Telegram adapter needs; checked by the configuration, which knows the variables' names.
 *
 * @param apiUrl the Bot API's base, {@code https://api.telegram.org} or a self-hosted server's
 * @param webhookUrl present for webhook mode, absent for long polling
 */
public record TelegramSettings(String token, URI apiUrl, Optional<URI> webhookUrl, Optional<String> webhookSecret) {

    public static final URI DEFAULT_API_URL = URI.create("https://api.telegram.org");

    /** Never the token. */
    @Override
    public String toString() {
        return "TelegramSettings[apiUrl=" + apiUrl + ", webhook=" + webhookUrl.isPresent() + "]";
    }
}
