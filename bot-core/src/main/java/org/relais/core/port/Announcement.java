package org.relais.core.port;

import java.util.Objects;
import org.relais.core.i18n.Language;

/**
 * What a broadcast says in every chat: written down when the coordinator previews it, so that the
 * chats get what the coordinator saw, even if the action is edited while the broadcast is under way.
 *
 * @param actionId the action the announcement's button opens (a deep link {@code a_<id>})
 * @param buttonLabel the label of that button
 */
public record Announcement(Language language, String actionId, String title, String text, String buttonLabel) {
    public Announcement {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(actionId, "actionId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(buttonLabel, "buttonLabel");
    }
}
