package org.relais.core.flows.volunteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.relais.core.engine.Turn;
import org.relais.core.text.Checked;

/**
 * Handles or hashtags typed in one message, separated by spaces, commas or semicolons. Each word is
 * checked; a refused one is explained (the others still count), so nothing is dropped silently.
 */
final class TypedWords {
    private TypedWords() {}

    /**
     * @param add takes an accepted value and answers how to show it in "Added: …", or empty when the
     *     list is full (it has said so), which stops the reading
     */
    static void accept(Turn turn, String text, Function<String, Checked> check, Function<String, Optional<String>> add,
            String addedKey) {
        List<String> added = new ArrayList<>();
        for (String word : text.split("[\\s,;]+")) {
            if (word.isEmpty()) {
                continue;
            }
            Checked checked = check.apply(word);
            if (checked instanceof Checked.Rejected rejected) {
                turn.sayKey(rejected.reasonKey(), rejected.args().toArray());
                continue;
            }
            Optional<String> shown = add.apply(((Checked.Accepted) checked).value());
            if (shown.isEmpty()) {
                break;
            }
            added.add(shown.get());
        }
        if (!added.isEmpty()) {
            turn.sayKey(addedKey, String.join(" ", added));
        }
    }
}
