package org.relais.telegram.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.relais.core.chat.RichText;
import org.relais.core.chat.Span;

class ChunksTest {
    @Test
    void escapesUserTextAndRendersTheSpans() {
        List<Span> spans = new RichText().bold("📣 <Titre> & co").line().plain("a < b & c > d").line()
                .code(".@luciecharlebois #OCASSS <3").line().link("écrire", "mailto:a@b.org?subject=x&body=y").spans();
        assertThat(Chunks.split(spans)).containsExactly("<b>📣 &lt;Titre&gt; &amp; co</b>\na &lt; b &amp; c &gt; d\n"
                + "<code>.@luciecharlebois #OCASSS &lt;3</code>\n<a href=\"mailto:a@b.org?subject=x&amp;body=y\">écrire</a>");
    }

    @Test
    void aLongTextIsCutAtLineBreaksWithinTheLimit() {
        String line = "x".repeat(99) + "\n";
        List<Span> spans = new RichText().plain(line.repeat(100)).spans();
        List<String> chunks = Chunks.split(spans, 1000);
        assertThat(chunks).hasSize(10).allSatisfy(chunk -> assertThat(chunk.length()).isLessThanOrEqualTo(1000));
        assertThat(String.join("", chunks)).isEqualTo(line.repeat(100));
    }

    @Test
    void aLineLongerThanTheLimitIsCutAtSpacesAndEachPieceKeepsItsTag() {
        String words = "mot ".repeat(600).strip();
        List<String> chunks = Chunks.split(new RichText().code(words).spans(), 1000);
        assertThat(chunks).hasSize(3).allSatisfy(chunk -> {
            assertThat(chunk).startsWith("<code>mot").endsWith("</code>");
            assertThat(chunk).containsOnlyOnce("<code>");
            assertThat(chunk.length() - "<code></code>".length()).isLessThanOrEqualTo(1000);
        });
        assertThat(String.join("", chunks).replace("<code>", "").replace("</code>", "")).isEqualTo(words);
    }

    @Test
    void theLimitCountsTheVisibleTextNotTheMarkup() {
        String ampersands = "&".repeat(4000);
        assertThat(Chunks.split(new RichText().plain(ampersands).spans())).hasSize(1);
        assertThat(Chunks.split(new RichText().plain("&".repeat(4097)).spans())).hasSize(2);
    }

    @Test
    void aWordCutInPiecesNeverSplitsAnEmojiInTwo() {
        String word = "a" + "📣".repeat(600);
        List<String> chunks = Chunks.split(new RichText().plain(word).spans(), 100);
        assertThat(String.join("", chunks)).isEqualTo(word);
        for (String chunk : chunks) {
            assertThat(chunk.length()).isLessThanOrEqualTo(100);
            assertThat(Character.isHighSurrogate(chunk.charAt(chunk.length() - 1))).as(chunk).isFalse();
            assertThat(Character.isLowSurrogate(chunk.charAt(0))).as(chunk).isFalse();
        }
    }
}
