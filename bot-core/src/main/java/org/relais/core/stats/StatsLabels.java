package org.relais.core.stats;

import java.util.Locale;
import org.relais.core.campaign.Action;
import org.relais.core.campaign.Target;
import org.relais.core.i18n.Language;
import org.relais.core.i18n.Messages;

/**
 * How a statistic's keys read, for the text report and the chart alike: a target as the campaign
 * names it, a network by its name in the person's language.
 */
public final class StatsLabels {
    private StatsLabels() {}

    /**
     * A target as completions store it (its handle, else its name, else an address) as the action
     * names it ("Lucie Charlebois (@luciecharlebois)"); one a volunteer typed, as stored; none, said so.
     */
    public static String target(Action action, String stored, Language language) {
        if (stored.isEmpty()) {
            return Messages.get(language, "stats.no_target");
        }
        String key = stored.toLowerCase(Locale.ROOT);
        return action.targets().stream()
                .filter(t -> t.handle().map(h -> h.toLowerCase(Locale.ROOT).equals(key)).orElse(false)
                        || t.name().toLowerCase(Locale.ROOT).equals(key)
                        || t.email().map(e -> e.toLowerCase(Locale.ROOT).equals(key)).orElse(false))
                .findFirst()
                .map(Target::label)
                .orElse(stored);
    }

    /** "X", "Bluesky", "Courriel"…; an id this version does not know, as it is. */
    public static String network(String id, Language language) {
        return Messages.has(language, "network." + id) ? Messages.get(language, "network." + id) : id;
    }
}
