package org.relais.config.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relais.core.campaign.LengthRule;
import org.relais.core.testing.Links;
import org.relais.core.text.Lengths;

/** The README's promise, on the real jar: a script piped in reaches a post that X would accept. */
class ConsoleJarIT {
    @TempDir
    Path dir;

    @Test
    void aPipedScriptReachesAReadyPostWithTheCampaignHashtagAndTheTarget() throws Exception {
        String script = Files.readString(Path.of("..", "docs", "examples", "volunteer-script.txt"));
        try (RelaisProcess relais = RelaisProcess.start(dir, Map.of())) {
            for (String line : script.split("\n")) {
                relais.type(line);
            }
            assertThat(relais.finish()).as("exit status at end of input").isZero();
            String transcript = String.join("\n", relais.transcript());
            assertThat(transcript).contains("Étape 5 sur 5", "Votre message est prêt");
            String link = relais.transcript().stream()
                    .filter(line -> line.startsWith("  Publier sur X: "))
                    .findFirst().orElseThrow()
                    .substring("  Publier sur X: ".length());
            String post = Links.text(link);
            assertThat(post).contains("#OCASSS", "@luciecharlebois");
            assertThat(Lengths.x(post, LengthRule.X280).fits()).as(post).isTrue();
        }
    }

    @Test
    void englishWhenAskedAndTheMenuAtEveryTurn() throws Exception {
        try (RelaisProcess relais = RelaisProcess.start(dir, Map.of("RELAIS_LANGUAGE", "en"))) {
            relais.type("comment lier facebook et twitter ?").type("/quit");
            assertThat(relais.finish()).isZero();
            assertThat(String.join("\n", relais.transcript())).contains("Hello! I am Relais", "Link Facebook and Twitter");
        }
    }
}
