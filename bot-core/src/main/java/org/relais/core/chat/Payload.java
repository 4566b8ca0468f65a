package org.relais.core.chat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A button's payload: a verb, an optional argument, and for buttons of a draft the draft's number,
 * so that a button from an older draft is recognised as stale. Encoded as {@code verb[:arg][~draft]}
 * ({@code t:3~12}), always within Telegram's 64 bytes of {@code callback_data}.
 */
public record Payload(String verb, String arg, int draft) {
    public static final int MAX_BYTES = 64;
    private static final Pattern FORM =
            Pattern.compile("([a-z][a-z0-9_]{0,7})(?::([A-Za-z0-9_-]{1,40}))?(?:~([1-9][0-9]{0,8}))?");

    public Payload {
        if (!FORM.matcher(verb).matches() || verb.contains(":")) {
            throw new IllegalArgumentException("bad verb: " + verb);
        }
        if (!arg.isEmpty() && !arg.matches("[A-Za-z0-9_-]{1,40}")) {
            throw new IllegalArgumentException("bad argument: " + arg);
        }
        if (draft < 0 || draft > 999_999_999) {
            throw new IllegalArgumentException("bad draft number: " + draft);
        }
    }

    public static Payload of(String verb) {
        return new Payload(verb, "", 0);
    }

    public static Payload of(String verb, String arg) {
        return new Payload(verb, arg, 0);
    }

    /** Reads a payload; anything not of the form (forged, truncated, from another bot) is empty. */
    public static Optional<Payload> parse(String raw) {
        if (raw == null || raw.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(raw);
        if (!m.matches()) {
            return Optional.empty();
        }
        String arg = m.group(2) == null ? "" : m.group(2);
        int draft = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        return Optional.of(new Payload(m.group(1), arg, draft));
    }

    public Payload inDraft(int number) {
        return new Payload(verb, arg, number);
    }

    /** The argument as a small non-negative index, or -1 when it is not one. */
    public int index() {
        return arg.matches("[0-9]{1,4}") ? Integer.parseInt(arg) : -1;
    }

    public String encode() {
        StringBuilder out = new StringBuilder(verb);
        if (!arg.isEmpty()) {
            out.append(':').append(arg);
        }
        if (draft > 0) {
            out.append('~').append(draft);
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return encode();
    }
}
