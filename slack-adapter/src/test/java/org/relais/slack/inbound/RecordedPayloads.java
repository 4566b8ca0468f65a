package org.relais.slack.inbound;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The payloads under {@code src/test/resources/payloads} (see its README), with their
 * {@code {{placeholders}}} filled: as they are for JSON, URL-encoded in a form body. A placeholder
 * left unfilled is a mistake of the test, and fails it.
 */
final class RecordedPayloads {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z_]+)}}");

    private final Map<String, String> values = new HashMap<>();

    /** Sets {@code {{name}}}; returns this. */
    RecordedPayloads with(String name, String value) {
        values.put(name, value);
        return this;
    }

    /** A JSON fixture. */
    String json(String name) {
        return fill(read(name), false);
    }

    /** A form-body fixture. */
    String form(String name) {
        return fill(read(name), true);
    }

    /** An interactive payload (a JSON fixture) as Slack posts it: {@code payload=<url-encoded JSON>}. */
    String interactive(String name) {
        return "payload=" + URLEncoder.encode(json(name), StandardCharsets.UTF_8);
    }

    private String fill(String text, boolean encode) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("no value for {{" + matcher.group(1) + "}}");
            }
            String inserted = encode ? URLEncoder.encode(value, StandardCharsets.UTF_8) : value;
            matcher.appendReplacement(out, Matcher.quoteReplacement(inserted));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String read(String name) {
        try (InputStream in = RecordedPayloads.class.getResourceAsStream("/payloads/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture payloads/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
