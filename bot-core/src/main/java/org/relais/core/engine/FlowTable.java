package org.relais.core.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One flow declared as a table: its states, each with its screen and handlers. A {@link Dialog}
 * puts flows together and checks them all at once.
 */
public final class FlowTable {
    private final String name;
    private final Map<String, StateSpec> states;
    private final List<String> order;

    private FlowTable(String name, Map<String, StateSpec> states, List<String> order) {
        this.name = name;
        this.states = Map.copyOf(states);
        this.order = List.copyOf(order);
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    public String name() {
        return name;
    }

    public Map<String, StateSpec> states() {
        return states;
    }

    /** State names in declaration order (for the diagram). */
    public List<String> order() {
        return order;
    }

    /** Collects states; {@link #build()} refuses duplicates and malformed names. */
    public static final class Builder {
        private final String name;
        private final Map<String, StateSpec> states = new LinkedHashMap<>();
        private final List<String> order = new ArrayList<>();
        private final List<String> errors = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        public Builder state(String state, Handlers.Screen screen, Consumer<StateSpec.Builder> routes) {
            if (!StateSpec.NAME.matcher(state).matches()) {
                errors.add("state name '" + state + "' must be 1-32 of [a-z_]: it is persisted");
            }
            StateSpec.Builder builder = new StateSpec.Builder(state, screen);
            routes.accept(builder);
            errors.addAll(builder.errors());
            if (states.put(state, builder.build()) != null) {
                errors.add("state '" + state + "' is declared twice in flow '" + name + "'");
            }
            order.add(state);
            return this;
        }

        public FlowTable build() {
            if (!errors.isEmpty()) {
                throw new IllegalStateException("flow '" + name + "': " + String.join("; ", errors));
            }
            return new FlowTable(name, states, order);
        }
    }
}
