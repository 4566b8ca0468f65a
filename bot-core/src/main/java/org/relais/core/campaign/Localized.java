package org.relais.core.campaign;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.relais.core.i18n.Language;

/** A text given in several languages, as a campaign file writes it ({@code {fr: …, en: …}}). */
public record Localized(Map<Language, String> texts) {

    public Localized {
        EnumMap<Language, String> copy = new EnumMap<>(Language.class);
        texts.forEach((language, text) -> {
            if (text != null && !text.isBlank()) {
                copy.put(language, text.strip());
            }
        });
        texts = Map.copyOf(copy);
    }

    public static Localized of(String fr, String en) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        if (fr != null) {
            texts.put(Language.FR, fr);
        }
        if (en != null) {
            texts.put(Language.EN, en);
        }
        return new Localized(texts);
    }

    /** The text in {@code language}; French, then any language, when a translation is missing. */
    public String in(Language language) {
        return find(language)
                .or(() -> find(Language.FR))
                .or(() -> texts.values().stream().findFirst())
                .orElse("");
    }

    public Optional<String> find(Language language) {
        return Optional.ofNullable(texts.get(language));
    }
}
