package org.relais.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.relais.core.chat.Button;
import org.relais.core.chat.Picture;
import org.relais.core.chat.Reply;
import org.relais.core.chat.RichText;

/** Notes fold into the message after them, never into a standalone one, and none is lost. */
class FoldingTest {
    private static final List<List<Button>> KEYS = List.of(List.of(new Button.Choice("Menu", "menu")));

    private static Reply note(String text) {
        return new Reply(new RichText().plain(text).spans(), List.of(), false);
    }

    private static Reply step(String text) {
        return new Reply(new RichText().bold(text).spans(), KEYS, false);
    }

    private static List<String> texts(List<Reply> replies) {
        return replies.stream().map(Reply::plainText).toList();
    }

    @Test
    void notesGoIntoTheMessageAfterThemWhoseButtonsStayLast() {
        List<Reply> folded = Folding.fold(List.of(note("Bonjour!"), note("Ajouté."), step("Étape 2")));
        assertThat(texts(folded)).containsExactly("Bonjour!\n\nAjouté.\n\nÉtape 2");
        assertThat(folded.get(0).rows()).isEqualTo(KEYS);
    }

    @Test
    void aStandaloneMessageIsLeftAsItIsAndTheNotesWaitForTheNext() {
        Reply announcement = step("Annonce").asStandalone();
        List<Reply> folded = Folding.fold(List.of(note("Voici"), announcement, step("Diffuser?")));
        assertThat(folded).hasSize(2);
        assertThat(folded.get(0)).isEqualTo(announcement);
        assertThat(folded.get(1).plainText()).isEqualTo("Voici\n\nDiffuser?");
    }

    @Test
    void trailingNotesJoinTheMessageBeforeThemUnlessItHasAPicture() {
        assertThat(texts(Folding.fold(List.of(step("Liste"), note("Fait."))))).containsExactly("Liste\n\nFait.");
        Reply chart = step("Chiffres").withPicture(new Picture(new byte[] {1}, "c.png", "un graphique"));
        assertThat(texts(Folding.fold(List.of(chart, note("Fait."))))).containsExactly("Chiffres", "Fait.");
        assertThat(texts(Folding.fold(List.of(note("Un"), note("Deux"))))).containsExactly("Un\n\nDeux");
    }

    @Test
    void anEditIsNeverMergedAway() {
        Reply edit = step("Étape 3").asEdit();
        List<Reply> folded = Folding.fold(List.of(edit));
        assertThat(folded).containsExactly(edit);
    }
}
