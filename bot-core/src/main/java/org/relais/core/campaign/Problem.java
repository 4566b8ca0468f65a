package org.relais.core.campaign;

import java.util.List;
import org.relais.core.i18n.Language;
import org.relais.core.i18n.Messages;

/**
 * Something wrong in a campaign, at a place named by its path in the file
 * ({@code actions[0].targets[1].handle}); the loader adds the line and column.
 */
public record Problem(String path, String key, List<Object> args) {
    public Problem {
        args = List.copyOf(args);
    }

    public static Problem at(String path, String key, Object... args) {
        return new Problem(path, key, List.of(args));
    }

    public String message(Language language) {
        return Messages.get(language, key, args.toArray());
    }
}
