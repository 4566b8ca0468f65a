package org.relais.core.text;

import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A Mastodon server's domain, as a volunteer may give it: {@code mastodon.social},
 * {@code https://mastodon.social/@me} or {@code @me@mastodon.social}. Internationalised names are
 * turned into their ASCII form, which is what the share link needs.
 */
public final class Instances {
    private static final Pattern DOMAIN = Pattern.compile(
            "(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})");

    private Instances() {}

    public static Checked check(String raw) {
        String input = raw == null ? "" : raw.strip();
        String host = input.toLowerCase(Locale.ROOT);
        host = host.replaceFirst("^https?://", "");
        if (host.startsWith("@") && host.indexOf('@', 1) > 0) {
            host = host.substring(host.indexOf('@', 1) + 1);
        }
        host = host.replaceFirst("[/?#].*$", "").replaceFirst("\\.$", "");
        if (host.isEmpty()) {
            return Checked.rejected(input, "instance.empty");
        }
        try {
            host = IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES);
        } catch (IllegalArgumentException e) {
            return Checked.rejected(input, "instance.invalid", input);
        }
        if (!DOMAIN.matcher(host).matches()) {
            return Checked.rejected(input, "instance.invalid", input);
        }
        return Checked.accepted(host);
    }
}
