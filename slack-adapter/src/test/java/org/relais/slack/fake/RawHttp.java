package org.relais.slack.fake;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Raw HTTP posts to the fake, for what Slack's SDK does not send (no token, JSON bodies…). */
final class RawHttp {

    /** An answer: the status, the {@code Retry-After} header and the body. */
    record Answer(int status, String retryAfter, String body) {

        JsonObject json() {
            return Json.parseObject(body);
        }
    }

    private RawHttp() {
    }

    static Answer post(String url, String contentType, String body, Map<String, String> headers) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setRequestMethod("POST");
            connection.setDoOutput(true);
            connection.setRequestProperty("Content-Type", contentType);
            headers.forEach(connection::setRequestProperty);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body.getBytes(StandardCharsets.UTF_8));
            }
            int status = connection.getResponseCode();
            try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                String text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
                return new Answer(status, connection.getHeaderField("Retry-After"), text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
