package org.relais.core.flows.volunteer;

import java.util.Locale;

/**
 * An optional or typed hashtag.
 *
 * @param inText the volunteer's text already carries it, so toggling it changes nothing
 */
record HashtagOption(int index, String tag, boolean inText) {
    String key() {
        return tag.toLowerCase(Locale.ROOT);
    }
}
