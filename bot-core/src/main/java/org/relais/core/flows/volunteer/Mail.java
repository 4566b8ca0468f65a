package org.relais.core.flows.volunteer;

import java.util.List;
import org.relais.core.engine.Turn;
import org.relais.core.text.Composer;

/** The body of the ready e-mail: the wording and hashtags, without the {@code .@} mentions of X. */
final class Mail {
    private Mail() {}

    static String body(Turn turn, DraftView view) {
        return Composer.compose(view.draft().body(), List.of(), view.hashtags());
    }
}
