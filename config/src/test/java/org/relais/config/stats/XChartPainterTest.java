package org.relais.config.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.relais.core.chat.Picture;
import org.relais.core.i18n.Language;
import org.relais.core.memory.InMemoryStore;
import org.relais.core.port.DailyCounts;
import org.relais.core.port.MilestoneCounts;
import org.relais.core.stats.ActionStats;
import org.relais.core.stats.Tally;
import org.relais.core.testing.Chat;
import org.relais.core.testing.ConversationDriver;
import org.relais.core.testing.MutableClock;
import org.relais.core.testing.TestCampaigns;

/**
 * The XChart painter draws real PNGs: the signature, a decodable image of the documented size with
 * something drawn on it, no text chunk, and none of the volunteers' ids anywhere in the bytes; and it
 * works without a display.
 */
class XChartPainterTest {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final List<String> VOLUNTEERS = List.of("volunteer7731", "volunteer7732", "volunteer7733");

    private final XChartPainter painter = new XChartPainter();

    /** Volunteers through the real flow, then a coordinator's /stats on the real engine with this painter. */
    private Picture chartOfRealFigures(Language language) {
        ConversationDriver driver = new ConversationDriver(new InMemoryStore(), TestCampaigns.standard(),
                MutableClock.at(TestCampaigns.TODAY));
        driver.usePainter(painter);
        driver.nameCoordinators("anne");
        for (String id : VOLUNTEERS) {
            driver.user(id, "fr").start().press("Financement du PSOC").press("1").press("Suivant").press("Suivant")
                    .press("C’est prêt").press("J’ai publié").press("⬜ Bluesky").press("Confirmer");
        }
        Chat anne = driver.user("anne", language.code()).start().send("/stats psoc");
        assertThat(anne.pictures()).hasSize(1);
        return anne.pictures().get(0);
    }

    @Test
    void theChartOfRealFiguresIsAValidPngOfTheDocumentedSizeWithNoVolunteerInIt() throws IOException {
        byte[] png = chartOfRealFigures(Language.FR).png();

        assertThat(Arrays.copyOf(png, SIGNATURE.length)).isEqualTo(SIGNATURE);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(XChartPainter.WIDTH);
        assertThat(image.getHeight()).isEqualTo(XChartPainter.DAYS_HEIGHT + XChartPainter.NETWORKS_HEIGHT);
        assertThat(colours(image)).as("bars, axes and words, not a blank page").hasSizeGreaterThan(10);
        assertThat(chunkTypes(png)).doesNotContain("tEXt", "iTXt", "zTXt").contains("IHDR", "IDAT", "IEND");
        for (String id : VOLUNTEERS) {
            assertThat(contains(png, id.getBytes(StandardCharsets.UTF_8))).as(id).isFalse();
            assertThat(contains(png, id.getBytes(StandardCharsets.UTF_16BE))).as(id).isFalse();
        }
        assertThat(GraphicsEnvironment.isHeadless()).as("drawn without a display").isTrue();
    }

    @Test
    void eachLanguageGetsItsOwnWords() {
        assertThat(chartOfRealFigures(Language.EN).png()).isNotEqualTo(chartOfRealFigures(Language.FR).png());
    }

    @Test
    void withoutPostsOnlyTheDaysAreDrawnAndManyDaysStillFit() throws IOException {
        List<DailyCounts> days = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            days.add(new DailyCounts(LocalDate.of(2026, 10, 1).plusDays(i), new MilestoneCounts(i % 7, i % 3, 0)));
        }
        ActionStats stats = new ActionStats(TestCampaigns.psoc(), new MilestoneCounts(120, 40, 0), List.of(), List.of(), days);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(painter.png(stats, Language.EN)));

        assertThat(image.getWidth()).isEqualTo(XChartPainter.WIDTH);
        assertThat(image.getHeight()).isEqualTo(XChartPainter.DAYS_HEIGHT);
    }

    @Test
    void postsWithoutAnyoneLeftToCountDrawTheNetworksAlone() throws IOException {
        ActionStats stats = new ActionStats(TestCampaigns.psoc(), MilestoneCounts.NONE, List.of(new Tally("", 2)),
                List.of(new Tally("x", 2)), List.of());

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(painter.png(stats, Language.FR)));

        assertThat(image.getHeight()).isEqualTo(XChartPainter.NETWORKS_HEIGHT);
    }

    @Test
    void nothingToDrawIsSaid() {
        ActionStats empty = new ActionStats(TestCampaigns.psoc(), MilestoneCounts.NONE, List.of(), List.of(), List.of());
        assertThatThrownBy(() -> painter.png(empty, Language.FR)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("psoc");
    }

    private static java.util.Set<Integer> colours(BufferedImage image) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen;
    }

    /** The types of the PNG's chunks, in order (length, type, data, CRC after the signature). */
    private static List<String> chunkTypes(byte[] png) {
        List<String> types = new ArrayList<>();
        ByteBuffer buffer = ByteBuffer.wrap(png, SIGNATURE.length, png.length - SIGNATURE.length);
        while (buffer.remaining() >= 12) {
            int length = buffer.getInt();
            byte[] type = new byte[4];
            buffer.get(type);
            types.add(new String(type, StandardCharsets.US_ASCII));
            buffer.position(buffer.position() + length + 4);
        }
        return types;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
