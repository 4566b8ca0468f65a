package org.relais.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HandlesTest {
    @ParameterizedTest
    @ValueSource(strings = {"luciecharlebois", "@luciecharlebois", ".@luciecharlebois", " @luciecharlebois ",
        "https://x.com/luciecharlebois", "twitter.com/luciecharlebois", "https://mobile.twitter.com/luciecharlebois?lang=fr"})
    void acceptsTheUsualWaysOfWritingAHandle(String input) {
        assertThat(Handles.check(input)).isEqualTo(Checked.accepted("luciecharlebois"));
    }

    @Test
    void acceptsOneToFifteenOfLettersDigitsAndUnderscore() {
        assertThat(Handles.check("a")).isInstanceOf(Checked.Accepted.class);
        assertThat(Handles.check("Ab_9" + "x".repeat(11))).isInstanceOf(Checked.Accepted.class);
    }

    @Test
    void explainsAccentsAndOtherCharacters() {
        assertThat(Handles.check("@josé")).isEqualTo(Checked.rejected("@josé", "handle.bad_chars", "@josé", "é"));
        assertThat(Handles.check("@user-name")).isEqualTo(Checked.rejected("@user-name", "handle.bad_chars", "@user-name", "-"));
        assertThat(((Checked.Rejected) Handles.check("@a b.c")).args()).containsExactly("@a b.c", "␣ .");
    }

    @Test
    void explainsLengthWithTheCount() {
        String thirty = "a".repeat(30);
        assertThat(Handles.check("@" + thirty)).isEqualTo(Checked.rejected("@" + thirty, "handle.too_long", "@" + thirty, 30, 15));
        assertThat(Handles.check("a".repeat(16))).isInstanceOf(Checked.Rejected.class);
    }

    @Test
    void anEmptyHandleIsExplained() {
        assertThat(Handles.check("@")).isEqualTo(Checked.rejected("@", "handle.empty"));
        assertThat(Handles.check(null)).isEqualTo(Checked.rejected("", "handle.empty"));
    }
}
