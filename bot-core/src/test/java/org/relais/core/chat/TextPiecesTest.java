package org.relais.core.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Texts cut for platforms' message sizes: at line breaks, then spaces, never inside an emoji. */
class TextPiecesTest {
    @Test
    void linesThatFitStayWholeWithTheirBreak() {
        assertThat(TextPieces.of("un\ndeux\n", 10)).containsExactly("un\n", "deux\n");
    }

    @Test
    void aLongLineIsCutAtSpacesAndALongWordInPieces() {
        assertThat(TextPieces.of("aaaa bbbbbbbbbb", 6)).containsExactly("aaaa ", "bbbbbb", "bbbb");
    }

    @Test
    void anEmojiIsNeverCutInTwoAndNothingIsLost() {
        String word = "a" + "📣".repeat(20);
        List<String> pieces = TextPieces.of(word, 6);
        assertThat(String.join("", pieces)).isEqualTo(word);
        assertThat(pieces).allSatisfy(p -> {
            assertThat(p.length()).isLessThanOrEqualTo(6);
            assertThat(Character.isHighSurrogate(p.charAt(p.length() - 1))).isFalse();
        });
    }
}
