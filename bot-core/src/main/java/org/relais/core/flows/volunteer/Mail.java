package org.relais.core.flows.volunteer;

import java.util.List;
import java.util.Optional;
import org.relais.core.engine.Turn;
import org.relais.core.text.Composer;

/**
 * The ready e-mail to one target: a greeting by name, the wording with its hashtags (no handles:
 * they mean nothing in an e-mail), and a place for the volunteer to sign.
 */
final class Mail {
    private Mail() {}

    static String body(Turn turn, DraftView view, Optional<String> name) {
        String message = Composer.compose(view.draft().body(), List.of(), view.hashtags());
        return name.map(n -> turn.t("email.body", n, message)).orElseGet(() -> turn.t("email.body_anonymous", message));
    }
}
