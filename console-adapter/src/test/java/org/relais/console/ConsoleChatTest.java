package org.relais.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relais.core.chat.ConversationKey;
import org.relais.core.chat.Picture;
import org.relais.core.chat.Reply;
import org.relais.core.chat.Response;
import org.relais.core.chat.Span;
import org.relais.core.engine.Coordinators;
import org.relais.core.engine.Engine;
import org.relais.core.flows.RelaisDialog;
import org.relais.core.i18n.Language;
import org.relais.core.memory.InMemoryStore;
import org.relais.core.port.Milestone;
import org.relais.core.testing.Links;
import org.relais.core.testing.MutableClock;
import org.relais.core.testing.TestCampaigns;

class ConsoleChatTest {
    private final InMemoryStore store = new InMemoryStore();

    private String chat(String script) throws Exception {
        Engine engine = new Engine(RelaisDialog.create(), store, TestCampaigns::standard,
                MutableClock.at(TestCampaigns.TODAY), Language.FR);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int status = new ConsoleChat(engine, new BufferedReader(new StringReader(script)), out, false, "tester").run();
        assertThat(status).isZero();
        // French puts non-breaking spaces before colons; the expectations below are written with plain ones.
        return bytes.toString(StandardCharsets.UTF_8).replace('\u00a0', ' ');
    }

    @Test
    void numbersPressTheButtonsShownAndLinksArePrintedWithTheirUrl() throws Exception {
        String transcript = chat("1\n1\n2\n4\n1\n");
        assertThat(transcript)
                .contains("  [1] 📣 Financement du PSOC")
                .contains("> 1\n📣 Financement du PSOC")
                .contains("Étape 5 sur 5")
                .containsPattern("  Publier sur X: https://x\\.com/intent/tweet\\?text=\\S+\n")
                .contains("✉️ Courriel à Lucie Charlebois: mailto:ministre@example.org?subject=");
        String link = transcript.replaceAll("(?s).*  Publier sur X: (\\S+)\n.*", "$1");
        assertThat(Links.text(link)).startsWith(".@luciecharlebois ").contains("#OCASSS");
    }

    @Test
    void commandsWorkAndOtherTextIsText() throws Exception {
        String transcript = chat("/aide\ncomment lier facebook et twitter ?\n99\n/langue en\n");
        assertThat(transcript)
                .contains("Ce que je sais faire")
                .contains("Choisissez la procédure")
                .contains("> 99\nJe n’ai pas compris")
                .contains("Pick an action");
    }

    @Test
    void aToggleShowsTheMessageAgainMarkedAsUpdatedAndTheNotice() throws Exception {
        String transcript = chat("1\n1\n1\n");
        assertThat(transcript).contains("(↻) 📣 Financement du PSOC").contains("  » Retiré : Lucie Charlebois");
    }

    @Test
    void endOfInputEndsTheChatAndTheConversationIsKept() throws Exception {
        chat("1\n1\n");
        String again = chat("");
        assertThat(again).contains("On reprend où vous en étiez : Financement du PSOC", "Étape 2 sur 5");
    }

    @Test
    void quitEndsTheChat() throws Exception {
        String transcript = chat("/quitter\n1\n");
        assertThat(transcript).doesNotContain("Étape 1 sur 5");
    }

    /** A coordinator's /stats at the terminal: the chart goes to a file under the directory given, and the chat says where. */
    @Test
    void aChartIsWrittenUnderTheDataDirectoryAndItsPlaceIsSaid(@TempDir Path data) throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 1, 2, 3};
        store.inTransaction(tx -> {
            tx.progress().record(new ConversationKey("telegram", "42"), "psoc", Milestone.POSTED, Instant.parse(TestCampaigns.TODAY));
            return null;
        });
        Engine engine = new Engine(RelaisDialog.create((stats, language) -> png), store, TestCampaigns::standard,
                MutableClock.at(TestCampaigns.TODAY), Language.FR,
                new Coordinators(Set.of(new ConversationKey(ConsoleChat.PLATFORM, "tester"))));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        new ConsoleChat(engine, new BufferedReader(new StringReader("/stats psoc\n")), out, false, "tester",
                Optional.of(data.resolve("stats"))).run();

        Path file = data.resolve("stats").resolve("stats-psoc-2026-11-24.png");
        assertThat(bytes.toString(StandardCharsets.UTF_8).replace('\u00a0', ' '))
                .contains("Ont dit avoir publié : 1")
                .contains("  🖼 Graphique de « Financement du PSOC »")
                .contains("  → " + file.toAbsolutePath());
        assertThat(Files.readAllBytes(file)).isEqualTo(png);
    }

    @Test
    void withoutADirectoryTheChartIsOnlyDescribed() {
        Picture picture = new Picture(new byte[] {1}, "stats-psoc.png", "Graphique");
        assertThat(new ConsoleRenderer(false, p -> "🖼 " + p.alt()).render(new Response(List.of(
                new Reply(List.of(new Span.Plain("Chiffres")), List.of(), false).withPicture(picture)), Optional.empty())).text())
                .isEqualTo("Chiffres\n  🖼 Graphique\n\n");
    }
}
