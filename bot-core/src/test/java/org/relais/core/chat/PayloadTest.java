package org.relais.core.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PayloadTest {
    @Test
    void encodesAndParsesBack() {
        Payload payload = Payload.of("t", "3").inDraft(12);
        assertThat(payload.encode()).isEqualTo("t:3~12");
        assertThat(Payload.parse("t:3~12")).contains(payload);
        assertThat(Payload.parse("menu")).contains(Payload.of("menu"));
        assertThat(Payload.parse("a:psoc-2026_x")).contains(Payload.of("a", "psoc-2026_x"));
    }

    @Test
    void theLargestPayloadFitsTelegramsSixtyFourBytes() {
        Payload largest = new Payload("abcdefgh", "x".repeat(40), 999_999_999);
        assertThat(largest.encode().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(Payload.MAX_BYTES);
        assertThat(Payload.parse(largest.encode())).contains(largest);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "T:1", "t:", "t:1~0", "t:1~", "t:é", "t:1:2", "toolongverb", "t:1~1234567890", " t:1"})
    void refusesAnythingNotOfTheForm(String raw) {
        assertThat(Payload.parse(raw)).isEmpty();
    }

    @Test
    void refusesToBuildABadPayload() {
        assertThatThrownBy(() -> Payload.of("t", "x".repeat(41))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Payload.of("t", "a b")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anIndexIsASmallNumberOrMinusOne() {
        assertThat(Payload.of("t", "42").index()).isEqualTo(42);
        assertThat(Payload.of("t", "x").index()).isEqualTo(-1);
        assertThat(Payload.of("t", "123456").index()).isEqualTo(-1);
    }
}
