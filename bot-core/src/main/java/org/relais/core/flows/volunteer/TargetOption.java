package org.relais.core.flows.volunteer;

import java.util.Locale;
import java.util.Optional;
import org.relais.core.campaign.Target;

/**
 * A target the volunteer can toggle: one of the action's, or a handle or e-mail address they typed.
 *
 * @param key what the draft stores when it is selected: {@code @handle}, the address, or the name
 * @param inText its handle is already written in the volunteer's text, so toggling it changes nothing
 */
record TargetOption(int index, String key, Optional<Target> target, Optional<String> handle, Optional<String> email,
        boolean inText) {

    static TargetOption of(int index, Target target, boolean inText) {
        String key = target.handle().map(TargetOption::handleKey)
                .or(() -> target.email().map(e -> e.toLowerCase(Locale.ROOT)))
                .orElse("~" + target.name().toLowerCase(Locale.ROOT));
        return new TargetOption(index, key, Optional.of(target), target.handle(), target.email(), inText);
    }

    /** A typed handle ({@code mon_depute}) or e-mail address ({@code depute@example.org}). */
    static TargetOption typed(int index, String typed, boolean inText) {
        boolean email = typed.contains("@");
        return email
                ? new TargetOption(index, typed.toLowerCase(Locale.ROOT), Optional.empty(), Optional.empty(), Optional.of(typed), false)
                : new TargetOption(index, handleKey(typed), Optional.empty(), Optional.of(typed), Optional.empty(), inText);
    }

    static String handleKey(String handle) {
        return "@" + handle.toLowerCase(Locale.ROOT);
    }

    String label() {
        return target.map(Target::label).orElseGet(() -> handle.map(h -> "@" + h).orElseGet(() -> "✉️ " + email.orElse("")));
    }

    /** The name to write on networks where X handles mean nothing; empty for a typed handle. */
    Optional<String> name() {
        return target.map(Target::name).filter(n -> !n.isEmpty());
    }

    /** How completions name it: the handle, else the name, else the address. */
    String statsName() {
        return handle.orElseGet(() -> name().orElseGet(() -> email.orElse("")));
    }
}
