package org.relais.config.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Coordinators learn the format from {@code docs/campaign-format.md}: its complete example must be
 * the fixture the tests prove clean, and every key the loader accepts must be documented there.
 */
class FormatDocumentationTest {
    private static final Path DOC = Path.of("..", "docs", "campaign-format.md");

    @Test
    void theCompleteExampleIsTheTestedFixture() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        String section = doc.substring(doc.indexOf("## Complete example"));
        int start = section.indexOf("```yaml\n") + "```yaml\n".length();
        String example = section.substring(start, section.indexOf("```\n", start));

        assertThat(example).isEqualTo(Files.readString(Fixtures.path("full.yaml"), StandardCharsets.UTF_8));
        assertThat(CampaignFiles.parse("doc", example).problems()).isEmpty();
    }

    @Test
    void everyAcceptedKeyIsDocumented() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        List<String> keys = new ArrayList<>();
        Stream.of(CampaignReader.ROOT_KEYS, CampaignReader.CAMPAIGN_REQUIRED, CampaignReader.CAMPAIGN_OPTIONAL,
                        ActionReader.REQUIRED, ActionReader.OPTIONAL, ActionReader.TARGET_OPTIONAL, ActionReader.HASHTAG_KEYS)
                .forEach(keys::addAll);

        assertThat(keys).filteredOn(key -> !doc.contains("`" + key + "`")).as("keys missing from the doc").isEmpty();
    }
}
