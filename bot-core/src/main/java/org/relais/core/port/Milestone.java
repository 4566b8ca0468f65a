package org.relais.core.port;

/** How far a volunteer got with an action. The names are persisted. */
public enum Milestone {
    /** Picked the action. */
    STARTED,
    /** Reached a message ready to post. */
    READY,
    /** Said they posted it. */
    POSTED
}
