package org.relais.config.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relais.core.campaign.LengthRule;
import org.relais.core.testing.Links;
import org.relais.core.text.Lengths;

/** The README's promise, on the real jar: a script piped in reaches a post that X would accept. */
class ConsoleJarIT {
    @TempDir
    Path dir;

    /** The README's scripted chat, docs/examples/volunteer-script.txt, line by line. */
    private static void typeVolunteerScript(RelaisProcess relais) throws Exception {
        for (String line : Files.readString(Path.of("..", "docs", "examples", "volunteer-script.txt")).split("\n")) {
            relais.type(line);
        }
    }

    @Test
    void aPipedScriptReachesAReadyPostWithTheCampaignHashtagAndTheTarget() throws Exception {
        try (RelaisProcess relais = RelaisProcess.start(dir, Map.of())) {
            typeVolunteerScript(relais);
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

    /**
     * The person at the terminal coordinates: after the volunteer script, /stats shows the figures and
     * writes the chart under the data directory beside the embedded database, and says where.
     */
    @Test
    void statsAtTheTerminalWriteTheChartBesideTheDatabase() throws Exception {
        try (RelaisProcess relais = RelaisProcess.start(dir, Map.of())) {
            typeVolunteerScript(relais);
            relais.type("/stats psoc");
            assertThat(relais.finish()).isZero();
            String transcript = String.join("\n", relais.transcript()).replace('\u00a0', ' ');
            assertThat(transcript).contains("Statistiques — Rehausser le financement du PSOC", "Ont commencé : 1",
                    "Ont eu un message prêt : 1", "🖼 Graphique de");
            String where = relais.transcript().stream().filter(line -> line.startsWith("  → ")).findFirst().orElseThrow()
                    .substring("  → ".length());
            Path chart = Path.of(where);
            assertThat(chart.getParent()).isEqualTo(dir.resolve("relais-data").resolve("stats").toRealPath());
            BufferedImage image = ImageIO.read(chart.toFile());
            assertThat(image.getWidth()).isEqualTo(900);
        }
    }
}
