package org.relais.core.campaign;

import java.util.Arrays;
import java.util.Optional;

/**
 * Which X counting an action asks for. {@code x280} is today's weighted count; {@code x140} is the
 * classic limit the campaign guide speaks of (every code point 1, URLs 23).
 */
public enum LengthRule {
    X280("x280", 280),
    X140("x140", 140);

    private final String id;
    private final int limit;

    LengthRule(String id, int limit) {
        this.id = id;
        this.limit = limit;
    }

    public String id() {
        return id;
    }

    public int limit() {
        return limit;
    }

    public static Optional<LengthRule> fromId(String id) {
        return Arrays.stream(values()).filter(rule -> rule.id.equalsIgnoreCase(id)).findFirst();
    }
}
