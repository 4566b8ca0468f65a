package org.relais.slack.fake;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Delivers Slack's requests to the app's HTTP endpoint as Slack does: a JSON body for events, a form for slash
 * commands and {@code payload=} for interactivity, signed ({@link SlackSigner}) with Slack's headers, optionally as
 * a retry ({@code X-Slack-Retry-Num}, {@code X-Slack-Retry-Reason}). Immutable: the {@code with…} methods copy.
 * Uses {@link HttpURLConnection}, which starts no thread of its own to stop.
 */
public final class HttpInbound implements Inbound {

    /** The form content type Slack uses. */
    public static final String FORM = "application/x-www-form-urlencoded";
    /** The JSON content type Slack uses. */
    public static final String JSON = "application/json";

    private final URI url;
    private final SlackSigner signer;
    private final Long timestamp;
    private final Integer retryNum;
    private final String retryReason;

    /** Posts to {@code eventsUrl} (the app's Request URL), signing with {@code signingSecret}. */
    public HttpInbound(URI eventsUrl, String signingSecret) {
        this(eventsUrl, new SlackSigner(signingSecret), null, null, null);
    }

    private HttpInbound(URI url, SlackSigner signer, Long timestamp, Integer retryNum, String retryReason) {
        this.url = Objects.requireNonNull(url);
        this.signer = signer;
        this.timestamp = timestamp;
        this.retryNum = retryNum;
        this.retryReason = retryReason;
    }

    /** The same, signing with another secret (to test that the app refuses it). */
    public HttpInbound withSecret(String signingSecret) {
        return new HttpInbound(url, new SlackSigner(signingSecret), timestamp, retryNum, retryReason);
    }

    /** The same, signed as sent at {@code epochSeconds} ({@link SlackSigner#stale()}, say) rather than now. */
    public HttpInbound withTimestamp(long epochSeconds) {
        return new HttpInbound(url, signer, epochSeconds, retryNum, retryReason);
    }

    @Override
    public HttpInbound retried(int attempt, String reason) {
        return new HttpInbound(url, signer, timestamp, attempt, reason);
    }

    @Override
    public Answer event(JsonObject payload) {
        return post(JSON, Json.write(payload));
    }

    @Override
    public Answer command(JsonObject fields) {
        return post(FORM, SlackEvents.formBody(fields));
    }

    @Override
    public Answer interactive(JsonObject payload) {
        return post(FORM, SlackEvents.payloadForm(payload));
    }

    /** Posts a raw body, signed, with Slack's headers. */
    public Answer post(String contentType, String body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", contentType);
        headers.put("User-Agent", "Slackbot 1.0 (+https://api.slack.com/robots)");
        headers.putAll(signer.headers(body, timestamp == null ? SlackSigner.now() : timestamp));
        if (retryNum != null) {
            headers.put("X-Slack-Retry-Num", Integer.toString(retryNum));
            headers.put("X-Slack-Retry-Reason", retryReason);
        }
        long start = System.nanoTime();
        try {
            HttpURLConnection connection = (HttpURLConnection) url.toURL().openConnection();
            connection.setRequestMethod("POST");
            connection.setConnectTimeout(5_000);
            connection.setReadTimeout(30_000);
            connection.setDoOutput(true);
            headers.forEach(connection::setRequestProperty);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body.getBytes(StandardCharsets.UTF_8));
            }
            int status = connection.getResponseCode();
            String answer;
            try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                answer = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            return new Answer(status, answer, Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot post to the app at " + url, e);
        }
    }
}
