package org.relais.slack.fake;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs requests to the app as Slack does: {@code v0=} and the hex HMAC-SHA256, keyed with the signing secret, of
 * {@code v0:{timestamp}:{raw body}}, in {@value #SIGNATURE} with the timestamp (epoch seconds) in {@value #TIMESTAMP}.
 * To test refusals, sign with another secret, or with a timestamp more than 5 minutes old ({@link #stale()}).
 */
public final class SlackSigner {

    /** The signature header. */
    public static final String SIGNATURE = "X-Slack-Signature";
    /** The timestamp header. */
    public static final String TIMESTAMP = "X-Slack-Request-Timestamp";

    private final String signingSecret;

    /** Signs with this secret. */
    public SlackSigner(String signingSecret) {
        this.signingSecret = Objects.requireNonNull(signingSecret);
    }

    /** The signature of a body sent at {@code timestamp}: {@code v0=…}. */
    public String signature(long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    /** The two headers for a body sent now. */
    public Map<String, String> headers(String body) {
        return headers(body, now());
    }

    /** The two headers for a body sent at {@code timestamp} (epoch seconds). */
    public Map<String, String> headers(String body, long timestamp) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(TIMESTAMP, Long.toString(timestamp));
        headers.put(SIGNATURE, signature(timestamp, body));
        return headers;
    }

    /** Now, in epoch seconds. */
    public static long now() {
        return System.currentTimeMillis() / 1000;
    }

    /** A timestamp Slack's SDKs refuse as a replay: 6 minutes ago. */
    public static long stale() {
        return now() - 6 * 60;
    }
}
