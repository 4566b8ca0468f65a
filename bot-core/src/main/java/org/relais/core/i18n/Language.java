package org.relais.core.i18n;

import java.util.Locale;
import java.util.Optional;

/** The languages Relais speaks. French comes first: the campaigns it was born from are Quebec ones. */
public enum Language {
    FR("fr"),
    EN("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /**
     * Reads a platform's hint: an IETF tag such as {@code fr}, {@code fr-CA}, {@code en_US}. Anything
     * else (absent, {@code de}, garbage) is empty, so the caller falls back to the configured default.
     */
    public static Optional<Language> fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String primary = tag.trim().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        for (Language language : values()) {
            if (language.code.equals(primary)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
