package org.relais.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.relais.core.flows.RelaisDialog;

/**
 * Each flow's Mermaid diagram, committed next to its source, is the table's own drawing. Run with
 * {@code -Drelais.diagrams.write=true} to write them again after changing a table.
 */
class DiagramsTest {
    private static final Path FLOWS = Path.of("src/main/java/org/relais/core/flows");
    /** Each diagram sits in the package of its flow's source. */
    private static final java.util.Map<String, String> PACKAGES =
            java.util.Map.of("menu", "menu", "settings", "menu", "volunteer", "volunteer", "guide", "guide",
                    "broadcast", "broadcast", "action_editor", "coordination");

    @Test
    void theCommittedDiagramsMatchTheTables() throws IOException {
        Dialog dialog = RelaisDialog.create();
        boolean write = Boolean.getBoolean("relais.diagrams.write");
        for (FlowTable flow : dialog.flows()) {
            Path file = FLOWS.resolve(PACKAGES.get(flow.name())).resolve(flow.name() + ".mmd");
            String drawn = Diagrams.mermaid(dialog, flow, flow.name().equals("menu"));
            if (write) {
                Files.writeString(file, drawn, StandardCharsets.UTF_8);
            }
            assertThat(file).as("diagram of flow '%s' (run the test with -Drelais.diagrams.write=true)", flow.name())
                    .exists();
            assertThat(Files.readString(file, StandardCharsets.UTF_8))
                    .as("%s is out of date: run the test with -Drelais.diagrams.write=true", file)
                    .isEqualTo(drawn);
        }
    }

    @Test
    void theDiagramShowsRoutesAndDraftStates() {
        Dialog dialog = RelaisDialog.create();
        FlowTable volunteer = dialog.flows().stream().filter(f -> f.name().equals("volunteer")).findFirst().orElseThrow();
        String drawn = Diagrams.mermaid(dialog, volunteer, false);
        assertThat(drawn).startsWith("%% Generated").contains("flowchart TD")
                .contains("  review -->|button ok| ready")
                .contains("  choose_targets[choose_targets &#40;draft&#41;]");
    }
}
