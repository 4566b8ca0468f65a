package org.relais.core.text;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding as RFC 3986 (and RFC 6068 for {@code mailto:}) want it: UTF-8 bytes, only the
 * unreserved characters left as they are, a space as {@code %20}. {@link java.net.URLEncoder} is
 * wrong for links: it writes {@code +} for a space, which mail clients show as a plus.
 */
public final class Percent {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Percent() {}

    public static String encode(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length * 3);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (isUnreserved(c)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
