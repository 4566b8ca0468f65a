package org.relais.core.engine;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Draws a flow table as a Mermaid flowchart. The committed {@code .mmd} files next to the flows are
 * this output; a test fails when they drift from the tables.
 */
public final class Diagrams {
    private Diagrams() {}

    /** @param withGlobals also draw the routes that work from any state (commands, start, global buttons) */
    public static String mermaid(Dialog dialog, FlowTable flow, boolean withGlobals) {
        StringBuilder out = new StringBuilder();
        out.append("%% Generated from the '").append(flow.name()).append("' flow table by Diagrams.mermaid;")
                .append(" DiagramsTest fails when this file drifts.\n");
        out.append("flowchart TD\n");
        if (withGlobals) {
            out.append("  any([any state])\n");
            for (Map.Entry<String, Set<String>> global : dialog.globalTargets().entrySet()) {
                edges(out, "any", global.getKey(), global.getValue());
            }
        }
        for (String name : flow.order()) {
            StateSpec spec = flow.states().get(name);
            String kind = spec.draftBound() ? " &#40;draft&#41;" : spec.modal() ? " &#40;modal&#41;"
                    : spec.coordinatorsOnly() ? " &#40;coordinators&#41;" : "";
            out.append("  ").append(name).append("[").append(name).append(kind).append("]").append('\n');
            spec.buttons().values().stream()
                    .sorted((a, b) -> a.label().compareTo(b.label()))
                    .forEach(route -> edges(out, name, "button " + route.label(), route.targets()));
            spec.text().ifPresent(route -> edges(out, name, "text", route.targets()));
        }
        return out.toString();
    }

    /** A route with no target only ever stays (a toggle): drawn as a loop. */
    private static void edges(StringBuilder out, String from, String label, Set<String> targets) {
        for (String target : targets.isEmpty() ? Set.of(from) : new TreeSet<>(targets)) {
            String node = target.equals(StateSpec.PREVIOUS) ? "previous([the step before])" : target;
            out.append("  ").append(from).append(" -->|").append(label(label)).append("| ").append(node).append('\n');
        }
    }

    private static String label(String text) {
        return text.replace("|", "/").replace("\"", "'");
    }
}
