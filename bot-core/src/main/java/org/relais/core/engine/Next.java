package org.relais.core.engine;

/** What a handler decided: move to a state, stay (the step is shown again), or refuse a stale choice. */
public sealed interface Next {

    record Go(String state) implements Next {}

    record Stay() implements Next {}

    /** Back to the state the conversation was in before it entered the current modal state. */
    record Back() implements Next {}

    /** The choice no longer exists (an old button, a closed action): say so and show the step again. */
    record Stale() implements Next {}

    static Next go(String state) {
        return new Go(state);
    }

    static Next stay() {
        return new Stay();
    }

    static Next back() {
        return new Back();
    }

    static Next stale() {
        return new Stale();
    }
}
