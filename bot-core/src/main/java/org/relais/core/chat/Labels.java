package org.relais.core.chat;

/** Button labels: platforms cap them (Slack at 75 characters) and long ones wrap badly on phones. */
public final class Labels {
    private Labels() {}

    /** At most {@code max} code points, ending with "…" when cut. */
    public static String shorten(String label, int max) {
        if (label.codePointCount(0, label.length()) <= max) {
            return label;
        }
        return label.substring(0, label.offsetByCodePoints(0, max - 1)).stripTrailing() + "…";
    }
}
