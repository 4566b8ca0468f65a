package org.relais.core.text;

import java.util.List;

/**
 * The verdict on something a person typed (a handle, a hashtag, an instance): the clean value, or
 * the reason it was refused as a message key and its arguments, so the answer can be given in the
 * person's language.
 */
public sealed interface Checked {

    record Accepted(String value) implements Checked {}

    record Rejected(String input, String reasonKey, List<Object> args) implements Checked {
        public Rejected {
            args = List.copyOf(args);
        }
    }

    static Checked accepted(String value) {
        return new Accepted(value);
    }

    static Checked rejected(String input, String reasonKey, Object... args) {
        return new Rejected(input, reasonKey, List.of(args));
    }
}
