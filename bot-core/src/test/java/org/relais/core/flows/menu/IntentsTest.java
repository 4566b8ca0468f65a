package org.relais.core.flows.menu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntentsTest {
    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
        "comment lier facebook et twitter ?|GUIDE",
        "Comment LIER Facebook à Twitter|GUIDE",
        "how do I link my accounts|GUIDE",
        "je veux connecter ma page facebook|GUIDE",
        "connect my Twitter to Facebook|GUIDE",
        "des conseils ?|TIPS",
        "any tips|TIPS",
        "je veux relayer|RELAY",
        "aide|HELP",
        "help me|HELP",
        "Bonjour !|GREETING",
        "hello there|GREETING",
        "patate|UNKNOWN",
        "lier|UNKNOWN",
        "facebook|UNKNOWN"
    })
    void readsWhatFreeTextAsksFor(String text, Intents expected) {
        assertThat(Intents.of(text)).isEqualTo(expected);
    }
}
