package org.relais.core.chat;

import java.util.ArrayList;
import java.util.List;

/**
 * A text cut into pieces an adapter can pack into messages of a platform's size: its lines (each
 * with its line break), the words of a line longer than {@code max}, and pieces of a word longer
 * than that, never cut between the two halves of an emoji. Joined back, the pieces are the text.
 */
public final class TextPieces {
    private TextPieces() {}

    public static List<String> of(String text, int max) {
        if (max < 2) {
            throw new IllegalArgumentException("pieces need room for an emoji: " + max);
        }
        List<String> pieces = new ArrayList<>();
        for (String line : text.split("(?<=\n)")) {
            if (line.length() <= max) {
                pieces.add(line);
                continue;
            }
            for (String word : line.split("(?<= )")) {
                int at = 0;
                while (at < word.length()) {
                    int end = Math.min(word.length(), at + max);
                    if (end < word.length() && Character.isHighSurrogate(word.charAt(end - 1))) {
                        end--;
                    }
                    pieces.add(word.substring(at, end));
                    at = end;
                }
            }
        }
        return pieces;
    }
}
