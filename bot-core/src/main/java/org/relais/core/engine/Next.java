package org.relais.core.engine;

/** What a handler decided: move to a state, stay (the step is shown again), or refuse a stale choice. */
public sealed interface Next {

    record Go(String state) implements Next {}

    record Stay() implements Next {}

    /** The choice no longer exists (an old button, a closed action): say so and show the step again. */
    record Stale() implements Next {}

    static Next go(String state) {
        return new Go(state);
    }

    static Next stay() {
        return new Stay();
    }

    static Next stale() {
        return new Stale();
    }
}
