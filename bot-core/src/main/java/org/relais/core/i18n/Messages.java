package org.relais.core.i18n;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every user-facing string, from the {@code messages_fr} and {@code messages_en} bundles.
 *
 * <p>No fallback between languages or to the JVM's locale: a key missing from one bundle is a bug
 * that tests must see, not an English sentence in a French conversation.
 */
public final class Messages {
    private static final String BUNDLE = "org.relais.core.i18n.messages";
    private static final Map<Language, ResourceBundle> BUNDLES = new EnumMap<>(Language.class);

    static {
        ResourceBundle.Control noFallback =
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        for (Language language : Language.values()) {
            BUNDLES.put(language, ResourceBundle.getBundle(BUNDLE, language.locale(), noFallback));
        }
    }

    private Messages() {}

    /** The text for {@code key}, with {@link MessageFormat} arguments. Throws on an unknown key. */
    public static String get(Language language, String key, Object... args) {
        String pattern = BUNDLES.get(language).getString(key);
        if (args.length == 0) {
            return pattern.replace("''", "'");
        }
        return new MessageFormat(pattern, language.locale()).format(args);
    }

    public static boolean has(Language language, String key) {
        return BUNDLES.get(language).containsKey(key);
    }

    /** The numbered keys {@code prefix.1}, {@code prefix.2}, … up to the first one missing. */
    public static List<String> numbered(Language language, String prefix) {
        List<String> values = new ArrayList<>();
        for (int i = 1; has(language, prefix + "." + i); i++) {
            values.add(get(language, prefix + "." + i));
        }
        return values;
    }

    /** All keys of one language, for the tests that compare the bundles. */
    public static java.util.Set<String> keys(Language language) {
        try {
            return BUNDLES.get(language).keySet();
        } catch (MissingResourceException e) {
            throw new IllegalStateException("bundle missing for " + language, e);
        }
    }
}
