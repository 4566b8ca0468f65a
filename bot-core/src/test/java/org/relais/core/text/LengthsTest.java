package org.relais.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.relais.core.campaign.LengthRule;

/** The counting rules of docs/platform-limits.md, one by one. */
class LengthsTest {
    private static final String URL = "https://example.org/a/very/long/path/that/is/much/longer/than/twenty-three";

    @ParameterizedTest(name = "X v3 counts \"{0}\" as {1}")
    @CsvSource({
        "é, 1", "àçœ«»—’, 7", "…, 2", "中, 2", "😀, 2", "👨‍👩‍👧‍👦, 2", "🇨🇦, 2", "#OCASSS, 7"
    })
    void xWeightsCharactersAsTwitterTextDoes(String text, int expected) {
        assertThat(Lengths.x(text, LengthRule.X280).length()).isEqualTo(expected);
    }

    @Test
    void xCountsEveryUrlAs23AndNormalisesCombiningAccents() {
        assertThat(Lengths.x("voir " + URL, LengthRule.X280).length()).isEqualTo(5 + 23);
        assertThat(Lengths.x("e\u0301", LengthRule.X280).length()).isEqualTo(1);
    }

    @Test
    void xLimitIs280WeightedAnd140Classic() {
        assertThat(Lengths.x("a".repeat(280), LengthRule.X280).fits()).isTrue();
        Measure over = Lengths.x("a".repeat(281), LengthRule.X280);
        assertThat(over.fits()).isFalse();
        assertThat(over.over()).isEqualTo(1);
        assertThat(Lengths.x("中".repeat(140), LengthRule.X280).fits()).isTrue();
        assertThat(Lengths.x("中".repeat(141), LengthRule.X280).fits()).isFalse();
        assertThat(Lengths.x("é".repeat(140), LengthRule.X140).fits()).isTrue();
        assertThat(Lengths.x("é".repeat(141), LengthRule.X140)).extracting(Measure::length, Measure::fits).containsExactly(141, false);
        assertThat(Lengths.x("中".repeat(140), LengthRule.X140).fits()).as("classic: every code point 1").isTrue();
        assertThat(Lengths.x("voir " + URL, LengthRule.X140).length()).isEqualTo(28);
    }

    @Test
    void blankIsNeverAValidPost() {
        assertThat(Lengths.x("", LengthRule.X280).fits()).isFalse();
        assertThat(Lengths.x("   ", LengthRule.X140).fits()).isFalse();
        assertThat(Lengths.bluesky(" ").fits()).isFalse();
    }

    @Test
    void blueskyCountsGraphemesAndCapsBytes() {
        assertThat(Lengths.bluesky("👨‍👩‍👧‍👦🇨🇦é").length()).isEqualTo(3);
        assertThat(Lengths.bluesky("a".repeat(300)).fits()).isTrue();
        assertThat(Lengths.bluesky("a".repeat(301)).fits()).isFalse();
        assertThat(Lengths.bluesky("voir " + URL).length()).as("a URL counts in full").isEqualTo(5 + URL.length());
        String families = "👨‍👩‍👧‍👦".repeat(150);
        assertThat(Lengths.bluesky(families).length()).isEqualTo(150);
        assertThat(Lengths.bluesky(families).fits()).as("3750 bytes is over 3000").isFalse();
    }

    @Test
    void mastodonCountsUrlsAs23AndRemoteMentionsWithoutTheirDomain() {
        assertThat(Lengths.mastodon("voir " + URL).length()).isEqualTo(5 + 23);
        assertThat(Lengths.mastodon("@alice@example.social salut").length()).isEqualTo("@alice salut".length());
        assertThat(Lengths.mastodon("a".repeat(500)).fits()).isTrue();
        assertThat(Lengths.mastodon("a".repeat(501)).fits()).isFalse();
    }

    @Test
    void threadsCountsEmojiAsTheirUtf8Bytes() {
        assertThat(Lengths.threads("a😀é").length()).isEqualTo(1 + 4 + 1);
        assertThat(Lengths.threads("😀".repeat(125)).fits()).isTrue();
        assertThat(Lengths.threads("😀".repeat(126)).fits()).isFalse();
    }
}
