package org.relais.core.text;

/** A text's length on one network, under that network's counting, against its limit. */
public record Measure(Network network, int length, int limit, boolean fits) {

    /** How many characters too many; 0 when it fits. */
    public int over() {
        return fits ? 0 : Math.max(1, length - limit);
    }
}
