package org.relais.core.campaign;

import java.util.Optional;

/**
 * A person the campaign wants to reach: by X handle (mentioned in the post), by e-mail (a ready
 * {@code mailto:}), and on Facebook (a page link; when the page refuses posts, the volunteer writes
 * privately instead).
 */
public record Target(
        String name,
        Optional<String> handle,
        Optional<String> email,
        Optional<String> facebookPage,
        boolean facebookAcceptsPosts) {

    public Target {
        name = name == null ? "" : name.strip();
    }

    public static Target withHandle(String name, String handle) {
        return new Target(name, Optional.of(handle), Optional.empty(), Optional.empty(), false);
    }

    /** "Lucie Charlebois (@luciecharlebois)", or the name alone. */
    public String label() {
        return handle.map(h -> name.isEmpty() ? "@" + h : name + " (@" + h + ")").orElse(name);
    }
}
