package org.relais.core.engine;

import java.util.Set;

/**
 * One row of a flow table: a handler and the states it may lead to (besides staying). The targets
 * are declared so that the table can be checked, and drawn, before anything runs.
 */
record Route<H>(String label, H handler, Set<String> targets) {
    Route {
        targets = Set.copyOf(targets);
    }
}
