package org.relais.core.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A state of a flow: how it is shown, and what each button verb and free text do there.
 *
 * @param draftBound the state belongs to a draft: its buttons carry the draft's number, and a button
 *     of another draft is stale
 * @param modal a detour (choosing a language, confirming): entering it remembers where the
 *     conversation was, and {@link Next#back()} returns there
 * @param coordinatorsOnly a step of a coordinators' flow: someone who is not (or no longer) one
 *     is taken out of it before anything they send is read there
 */
public record StateSpec(
        String name,
        Handlers.Screen screen,
        Map<String, Route<Handlers.OnButton>> buttons,
        Optional<Route<Handlers.OnText>> text,
        boolean draftBound,
        boolean modal,
        boolean coordinatorsOnly) {

    static final Pattern NAME = Pattern.compile("[a-z][a-z_]{0,31}");
    /** A route target meaning "where the conversation was before this modal state" ({@link Next#back()}). */
    public static final String PREVIOUS = "<previous>";

    public Set<String> targets() {
        Set<String> all = new LinkedHashSet<>();
        buttons.values().forEach(route -> all.addAll(route.targets()));
        text.ifPresent(route -> all.addAll(route.targets()));
        return all;
    }

    /** Declares one state: {@code .button(verb, handler, targets…)}, {@code .text(handler, targets…)}. */
    public static final class Builder {
        private final String name;
        private final Handlers.Screen screen;
        private final Map<String, Route<Handlers.OnButton>> buttons = new LinkedHashMap<>();
        private Route<Handlers.OnText> text;
        private boolean draftBound;
        private boolean modal;
        private boolean coordinatorsOnly;
        private final List<String> errors = new ArrayList<>();

        Builder(String name, Handlers.Screen screen) {
            this.name = name;
            this.screen = screen;
        }

        public Builder draftBound() {
            this.draftBound = true;
            return this;
        }

        public Builder modal() {
            this.modal = true;
            return this;
        }

        public Builder coordinatorsOnly() {
            this.coordinatorsOnly = true;
            return this;
        }

        public Builder button(String verb, Handlers.OnButton handler, String... targets) {
            if (buttons.put(verb, new Route<>(verb, handler, Set.copyOf(Arrays.asList(targets)))) != null) {
                errors.add("state '" + name + "' declares button '" + verb + "' twice");
            }
            return this;
        }

        public Builder text(Handlers.OnText handler, String... targets) {
            if (text != null) {
                errors.add("state '" + name + "' declares text twice");
            }
            text = new Route<>("text", handler, Set.copyOf(Arrays.asList(targets)));
            return this;
        }

        List<String> errors() {
            return errors;
        }

        StateSpec build() {
            return new StateSpec(name, screen, Map.copyOf(buttons), Optional.ofNullable(text), draftBound, modal, coordinatorsOnly);
        }
    }
}
