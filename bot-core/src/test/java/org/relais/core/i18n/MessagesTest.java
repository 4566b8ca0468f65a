package org.relais.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** French and English are both complete, and every pattern is well-formed in both. */
class MessagesTest {
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    @Test
    void bothLanguagesHaveExactlyTheSameKeys() {
        Set<String> fr = new TreeSet<>(Messages.keys(Language.FR));
        Set<String> en = new TreeSet<>(Messages.keys(Language.EN));
        assertThat(fr).as("keys only in French").isSubsetOf(en);
        assertThat(en).as("keys only in English").isSubsetOf(fr);
        assertThat(fr).hasSizeGreaterThan(150);
    }

    @Test
    void everyPatternParsesAndUsesTheSameArgumentsInBothLanguages() {
        for (String key : Messages.keys(Language.FR)) {
            String fr = raw(Language.FR, key);
            String en = raw(Language.EN, key);
            new MessageFormat(fr);
            new MessageFormat(en);
            assertThat(arguments(en)).as("arguments of " + key).isEqualTo(arguments(fr));
        }
    }

    /** MessageFormat eats a lone ASCII apostrophe: the bundles use ’ (and '' where one is really meant). */
    @Test
    void noLoneAsciiApostrophe() throws IOException {
        for (Language language : Language.values()) {
            String path = "/org/relais/core/i18n/messages_" + language.code() + ".properties";
            try (InputStream in = Messages.class.getResourceAsStream(path)) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("''", "");
                assertThat(text).as(path).doesNotContain("'");
            }
        }
    }

    /**
     * Quebec typography (OQLF): a non-breaking space before the colon and inside « », none before
     * ! ? ; so that a line never starts with a lone sign on a narrow screen.
     */
    @Test
    void frenchTypographyKeepsSignsWithTheirWords() {
        for (String key : Messages.keys(Language.FR)) {
            String text = raw(Language.FR, key);
            assertThat(text).as(key).doesNotContain(" :").doesNotContain("« ").doesNotContain(" »")
                    .doesNotContain(" !").doesNotContain(" ?").doesNotContain(" ;");
        }
        assertThat(raw(Language.FR, "stale")).endsWith("\u00a0:");
        for (String key : Messages.keys(Language.EN)) {
            assertThat(raw(Language.EN, key)).as(key).doesNotContain(" :").doesNotContain("\u00a0");
        }
    }

    @Test
    void frenchIsTheFrenchOne() {
        assertThat(Messages.get(Language.FR, "stale")).startsWith("Ce choix n’est plus disponible");
        assertThat(Messages.get(Language.EN, "stale")).startsWith("This choice is no longer available");
        assertThat(Messages.numbered(Language.FR, "guide.b")).hasSize(6);
    }

    @Test
    void languageHintsAreReadLeniently() {
        assertThat(Language.fromTag("fr-CA")).contains(Language.FR);
        assertThat(Language.fromTag("en_US")).contains(Language.EN);
        assertThat(Language.fromTag("EN")).contains(Language.EN);
        assertThat(Language.fromTag("de")).isEmpty();
        assertThat(Language.fromTag(null)).isEmpty();
    }

    private static String raw(Language language, String key) {
        return java.util.ResourceBundle.getBundle("org.relais.core.i18n.messages", language.locale(),
                java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES))
                .getString(key);
    }

    private static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
