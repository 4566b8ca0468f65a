package org.relais.slack.outbound;

/**
 * The action ids of Relais's buttons: a kind and a number unique within the message or view, since
 * Slack refuses two elements with the same id. The kind tells the adapter what a press means.
 */
public final class ActionIds {
    /** A choice: its value is the engine's payload. */
    public static final String CHOICE = "relais-choice-";
    /** A start button: its value is where the private conversation opens. */
    public static final String START = "relais-start-";
    /** A link: Slack opens the URL and still tells the app, which only acknowledges. */
    public static final String LINK = "relais-link-";

    private ActionIds() {}
}
