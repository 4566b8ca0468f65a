package org.relais.core.engine;

import java.util.List;
import org.relais.core.chat.Button;
import org.relais.core.chat.Reply;
import org.relais.core.chat.Span;

/**
 * A short digest of what a reply shows (its text, formatting, buttons and where they lead), kept
 * with the conversation as the keyboard the person has at the bottom of the chat: when a detour
 * ({@code /aide}, a hint, a stale button) would show that same step again, it is not sent twice.
 * 64-bit FNV-1a: not a security measure, a cheap way to tell "the same screen" apart.
 */
final class Fingerprint {
    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private Fingerprint() {}

    static String of(List<Reply> replies) {
        long hash = OFFSET;
        for (Reply reply : replies) {
            for (Span span : reply.text()) {
                hash = mix(mix(hash, span.getClass().getSimpleName()), span.text());
                if (span instanceof Span.Link link) {
                    hash = mix(hash, link.url());
                }
            }
            for (List<Button> row : reply.rows()) {
                for (Button button : row) {
                    hash = mix(mix(hash, button.label()), target(button));
                }
                hash = mix(hash, "\u0001");
            }
            hash = mix(hash, reply.picture().isPresent() ? "\u0003" : "\u0002");
        }
        return Long.toHexString(hash);
    }

    private static String target(Button button) {
        if (button instanceof Button.Choice choice) {
            return "c" + choice.payload();
        } else if (button instanceof Button.Link link) {
            return "l" + link.url();
        } else if (button instanceof Button.Start start) {
            return "s" + start.payload();
        }
        throw new IllegalArgumentException("unknown button " + button.getClass());
    }

    private static long mix(long hash, String text) {
        for (int i = 0; i < text.length(); i++) {
            hash = (hash ^ text.charAt(i)) * PRIME;
        }
        return (hash ^ 0xff) * PRIME;
    }
}
