package org.relais.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads share links back, the way a browser would, to check what they really carry. */
public final class Links {
    private Links() {}

    /** The decoded query parameters. A raw {@code +} is refused: mail clients and X show it as a plus. */
    public static Map<String, String> query(String link) {
        URI uri = URI.create(link);
        // mailto: is an opaque URI: java.net.URI gives it no query, so read it from the text.
        String raw = uri.isOpaque() ? link.substring(link.indexOf('?') + 1) : uri.getRawQuery();
        assertThat(raw).as("query of " + link).isNotNull().doesNotContain("+").doesNotContain(" ");
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            params.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    public static String text(String link) {
        return query(link).get("text");
    }
}
