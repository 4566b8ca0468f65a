package org.relais.core.engine;

import java.util.Set;

/**
 * One row of a flow table: a handler and the states it may lead to (besides staying). The targets
 * are declared so that the table can be checked, and drawn, before anything runs. A route for
 * coordinators only is refused by the engine to anyone else, before its handler runs.
 */
record Route<H>(String label, H handler, Set<String> targets, boolean coordinatorsOnly) {
    Route {
        targets = Set.copyOf(targets);
    }

    Route(String label, H handler, Set<String> targets) {
        this(label, handler, targets, false);
    }
}
