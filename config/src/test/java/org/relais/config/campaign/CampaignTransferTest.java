package org.relais.config.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relais.core.campaign.Action;
import org.relais.core.campaign.Campaign;
import org.relais.core.catalog.CatalogInForce;
import org.relais.core.i18n.Language;
import org.relais.core.memory.InMemoryStore;
import org.relais.core.port.CampaignSamples;

/**
 * {@code relais campaign import} and {@code export}: what is exported reads back, through {@code check}
 * and {@code import}, as the same campaign; a file with problems is refused with {@code check}'s lines.
 */
class CampaignTransferTest {
    private static final Clock CLOCK = TestClocks.at("2026-06-01T12:00:00Z");

    @TempDir
    Path dir;

    private final InMemoryStore store = new InMemoryStore();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private List<String> lines() {
        return bytes.toString(StandardCharsets.UTF_8).replace('\u00a0', ' ').lines().toList();
    }

    private Optional<Campaign> stored() {
        return store.inTransaction(tx -> tx.campaigns().load());
    }

    private static Campaign readBack(Campaign campaign) {
        CampaignLoad load = CampaignFiles.parse("exported.yaml", CampaignYaml.write(campaign, "test"));
        assertThat(load.problems()).as("problems of the exported file").isEmpty();
        return load.campaign().orElseThrow();
    }

    @Test
    void theFilesOfTheDocsAndTheBundledCampaignReadBackAsTheSameCampaign() {
        for (CampaignLoad load : List.of(Fixtures.load("full.yaml"), CampaignFiles.loadBundled())) {
            Campaign campaign = load.campaignOrThrow(Language.FR);
            assertThat(readBack(campaign)).isEqualTo(campaign);
        }
    }

    /** Closed actions, every field, texts YAML would mangle unquoted, and hashtags not shared by every action. */
    @Test
    void aStoredCampaignReadsBackWithItsClosedActionsAndAwkwardTexts() {
        Campaign campaign = CampaignSamples.campaign(Set.of("no"), CampaignSamples.full(), CampaignSamples.minimal("no"),
                CampaignSamples.minimal("2026-01-01"));
        assertThat(readBack(campaign)).isEqualTo(campaign);
        // Not every action starts with #PSOC: each keeps its whole list, and the file names no campaign-wide tag.
        Campaign unshared = new Campaign(campaign.name(), campaign.actions(), campaign.zone(), List.of("PSOC"), Set.of());
        assertThat(readBack(unshared)).isEqualTo(new Campaign(campaign.name(), campaign.actions(), campaign.zone()));
    }

    @Test
    void anImportedFileIsInForceAndAnExportOfItPassesCheck() throws Exception {
        Path full = Fixtures.path("full.yaml");
        assertThat(CampaignTransfer.importFile(full, Language.FR, store, CLOCK, out)).isZero();
        Campaign imported = Fixtures.load("full.yaml").campaignOrThrow(Language.FR);
        assertThat(stored()).contains(imported);
        assertThat(lines()).containsExactly("Campagne importée, en vigueur dès le prochain message : 2 action(s),"
                + " dont 2 nouvelle(s), 0 modifiée(s) et 0 inchangée(s).");

        Path exported = dir.resolve("out.yaml");
        CatalogInForce catalog = new CatalogInForce(store, CampaignFiles.loadBundled().campaignOrThrow(Language.FR));
        assertThat(CampaignTransfer.export(Optional.of(exported), Language.EN, store, catalog, "bundled", CLOCK, out)).isZero();
        assertThat(lines()).last().isEqualTo("Campaign exported to " + exported + ": 2 action(s).");
        assertThat(Files.readString(exported)).startsWith("# Relais campaign exported from the database on 2026-06-01T12:00:00Z.");
        assertThat(CampaignCheck.run(exported, Language.EN, CLOCK, out)).isZero();
        assertThat(CampaignFiles.load(exported).campaignOrThrow(Language.EN)).isEqualTo(imported);
    }

    @Test
    void importingAgainReplacesAndSaysWhatChangedAndWhatWentAway() throws Exception {
        store.inTransaction(tx -> {
            tx.campaigns().replace(CampaignSamples.campaign(Set.of(), CampaignSamples.minimal("gone"),
                    Fixtures.load("full.yaml").campaignOrThrow(Language.FR).actions().get(1)));
            return null;
        });
        String edited = Files.readString(Fixtures.path("full.yaml"))
                .replace("id: exemple-complet", "id: autre")
                .replace("    length: x140\n", "    length: x140\n    closed: true\n");
        Path file = Files.writeString(dir.resolve("edited.yaml"), edited);

        assertThat(CampaignTransfer.importFile(file, Language.EN, store, CLOCK, out)).isZero();

        assertThat(lines()).containsExactly(
                "Campaign imported, in force from the next message: 2 action(s), 1 new, 1 changed, 0 unchanged.",
                "Removed, as the file does not have them: gone. Their statistics stay. To keep an action in /actions, close it instead.");
        Campaign now = stored().orElseThrow();
        assertThat(now.actions()).extracting(Action::id).containsExactly("autre", "court-2027");
        assertThat(now.closed()).containsExactly("court-2027");
        assertThat(now.hashtags()).containsExactly("OCASSS");
    }

    @Test
    void aFileWithProblemsIsRefusedWithTheLinesOfCheckAndChangesNothing() {
        Path problems = Fixtures.path("problems.yaml");
        ByteArrayOutputStream checked = new ByteArrayOutputStream();
        CampaignCheck.run(problems, Language.FR, CLOCK, new PrintStream(checked, true, StandardCharsets.UTF_8));

        assertThat(CampaignTransfer.importFile(problems, Language.FR, store, CLOCK, out)).isEqualTo(1);

        List<String> expected = new ArrayList<>(checked.toString(StandardCharsets.UTF_8).replace('\u00a0', ' ').lines().toList());
        expected.add("Rien n’a été importé : corrigez le fichier, puis recommencez.");
        assertThat(lines()).isEqualTo(expected);
        assertThat(stored()).isEmpty();
        assertThat(CampaignTransfer.importFile(dir.resolve("absent.yaml"), Language.EN, store, CLOCK, out)).isEqualTo(2);
        assertThat(stored()).isEmpty();
    }

    @Test
    void withNothingStoredTheExportIsTheSettingsCampaignAndSaysSo() {
        Campaign bundled = CampaignFiles.loadBundled().campaignOrThrow(Language.FR);
        CatalogInForce catalog = new CatalogInForce(store, bundled);

        assertThat(CampaignTransfer.export(Optional.empty(), Language.FR, store, catalog, CampaignFiles.BUNDLED, CLOCK, out)).isZero();

        String yaml = bytes.toString(StandardCharsets.UTF_8);
        assertThat(yaml).startsWith("# Campagne Relais exportée de " + CampaignFiles.BUNDLED + " le 2026-06-01T12:00:00Z.");
        assertThat(CampaignFiles.parse("stdout", yaml).campaignOrThrow(Language.FR)).isEqualTo(bundled);
        assertThat(stored()).as("exporting stores nothing").isEmpty();
    }

    @Test
    void aFileThatCannotBeWrittenIsSaidSo() {
        CatalogInForce catalog = new CatalogInForce(store, CampaignFiles.loadBundled().campaignOrThrow(Language.FR));
        assertThat(CampaignTransfer.export(Optional.of(dir), Language.EN, store, catalog, "bundled", CLOCK, out)).isEqualTo(2);
        assertThat(lines()).singleElement().asString().matches("Cannot write \\Q" + dir + "\\E: [A-Za-z]+Exception");
    }
}
