package org.relais.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HashtagsTest {
    @ParameterizedTest
    @ValueSource(strings = {"OCASSS", "#polQc", "café", "mañana", "PSOC2025", "je_soutiens", "＃OCASSS"})
    void acceptsWhatTwitterTextReadsAsOneHashtag(String input) {
        assertThat(Hashtags.check(input)).isInstanceOf(Checked.Accepted.class);
    }

    @Test
    void answersTheTagWithoutItsHash() {
        assertThat(Hashtags.check("#polQc")).isEqualTo(Checked.accepted("polQc"));
    }

    @Test
    void aTagWithoutALetterIsNotAHashtag() {
        assertThat(Hashtags.check("#123")).isEqualTo(Checked.rejected("#123", "hashtag.no_letter", "#123"));
        assertThat(Hashtags.check("2025_")).isInstanceOf(Checked.Rejected.class);
    }

    @Test
    void aHyphenOrSpaceWouldCutTheHashtag() {
        assertThat(Hashtags.check("#climate-action"))
                .isEqualTo(Checked.rejected("#climate-action", "hashtag.bad_chars", "#climate-action", "-"));
        assertThat(Hashtags.check("#a.b!")).extracting(c -> ((Checked.Rejected) c).args().get(1)).isEqualTo(". !");
    }

    @Test
    void emptyAndHugeAreExplained() {
        assertThat(Hashtags.check("#")).isEqualTo(Checked.rejected("#", "hashtag.empty"));
        assertThat(Hashtags.check("a".repeat(101))).isInstanceOf(Checked.Rejected.class);
    }

    @Test
    void findsTagsInATextCaseInsensitively() {
        assertThat(Hashtags.foundIn("Les #OCASSS et le #PSOC, pas #123")).containsExactly("ocasss", "psoc");
    }
}
