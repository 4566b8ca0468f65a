package org.relais.core.flows.volunteer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.relais.core.engine.Turn;
import org.relais.core.text.Checked;

/**
 * Handles, addresses or hashtags typed in one message. Each word is checked; a refused one is
 * explained (the others still count), so nothing is dropped silently, and the answer says which were
 * added and which were already there.
 */
final class TypedWords {
    private TypedWords() {}

    /** What adding one accepted value did. */
    enum Added { ADDED, ALREADY, FULL }

    /** Splits on spaces, commas and semicolons. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.strip().split("[\\s\\p{Z},;]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** What one message added, and what was already there, said once at the end. */
    static final class Outcome {
        private final List<String> added = new ArrayList<>();
        private final List<String> already = new ArrayList<>();
        private boolean full;

        void say(Turn turn) {
            if (!added.isEmpty()) {
                turn.sayKey("typed.added", String.join(" ", added));
            }
            if (!already.isEmpty()) {
                turn.sayKey("typed.already", String.join(" ", already));
            }
        }
    }

    /**
     * Checks and adds each word into {@code outcome}.
     *
     * @param add takes an accepted value and says what it did; FULL (it has said why) stops the reading
     * @param show how a value is written in the answer ({@code @name}, {@code #tag})
     */
    static void accept(Turn turn, List<String> words, Function<String, Checked> check, Function<String, Added> add,
            Function<String, String> show, Outcome outcome) {
        for (String word : words) {
            if (outcome.full) {
                return;
            }
            Checked checked = check.apply(word);
            if (checked instanceof Checked.Rejected rejected) {
                turn.sayKey(rejected.reasonKey(), rejected.args().toArray());
                continue;
            }
            String value = ((Checked.Accepted) checked).value();
            Added result = add.apply(value);
            if (result == Added.FULL) {
                outcome.full = true;
                return;
            }
            (result == Added.ADDED ? outcome.added : outcome.already).add(show.apply(value));
        }
    }
}
