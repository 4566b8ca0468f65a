package org.relais.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ComposerTest {
    @Test
    void mentionsFirstWithADotThenTheWordingThenTheMissingHashtags() {
        assertThat(Composer.compose("les #OCASSS ont besoin d’un rehaussement du financement du #PSOC",
                List.of("luciecharlebois"), List.of("OCASSS", "polQc", "PSOC")))
                .isEqualTo(".@luciecharlebois les #OCASSS ont besoin d’un rehaussement du financement du #PSOC #polQc");
    }

    @Test
    void aHandleOrHashtagAlreadyInTheTextIsNotRepeatedWhateverItsCase() {
        assertThat(Composer.compose("Merci @LucieCharlebois pour le #psoc", List.of("luciecharlebois", "autre"),
                List.of("PSOC", "OCASSS")))
                .isEqualTo(".@autre Merci @LucieCharlebois pour le #psoc #OCASSS");
    }

    @Test
    void aWordingThatStartsWithAHandleGetsADot() {
        assertThat(Composer.compose("@depute merci", List.of(), List.of("OCASSS"))).isEqualTo(".@depute merci #OCASSS");
        assertThat(Composer.compose("Bonjour", List.of(), List.of())).isEqualTo("Bonjour");
    }

    @Test
    void noDoubleSpacesWhenPartsAreMissing() {
        assertThat(Composer.compose("  texte  ", List.of(), List.of())).isEqualTo("texte");
        assertThat(Composer.compose("", List.of("a"), List.of("B"))).isEqualTo(".@a #B");
    }
}
