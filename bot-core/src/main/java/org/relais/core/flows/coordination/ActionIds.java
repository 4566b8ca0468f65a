package org.relais.core.flows.coordination;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The id of an action made in the chat, from its French title: short, plain ({@code [a-z0-9-]}, at
 * most 20 characters, cut at a word), and never one already taken. It travels in buttons and deep
 * links and names the action in statistics, so it is made once, when the action is saved, and an
 * edited title does not change it.
 */
final class ActionIds {
    static final int MAX = 20;

    private ActionIds() {}

    /** @param taken whether an id is used, by an action of the campaign or by statistics of a removed one */
    static String fromTitle(String title, Predicate<String> taken) {
        String base = cut(slug(title), MAX);
        if (base.isEmpty()) {
            base = "action";
        }
        String id = base;
        for (int n = 2; taken.test(id); n++) {
            String suffix = "-" + n;
            id = cut(base, MAX - suffix.length()) + suffix;
        }
        return id;
    }

    /** Lower case, accents and ligatures spelled out, any other run of characters a single dash. */
    static String slug(String title) {
        String spelled = title.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae").replace("ß", "ss");
        return Normalizer.normalize(spelled, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
    }

    /** At most {@code max} characters, at the last dash when there is one in the second half. */
    private static String cut(String slug, int max) {
        if (slug.length() <= max) {
            return slug;
        }
        String head = slug.substring(0, max);
        int dash = head.lastIndexOf('-');
        return (dash >= max / 2 ? head.substring(0, dash) : head).replaceAll("-+$", "");
    }
}
