package org.relais.core.send;

/**
 * What kind of call a lane's head is, which decides the limits it waits for ({@link LaneSchedule}).
 * Every kind keeps its lane's order: a chat's answers, edits and announcements never overtake one
 * another.
 */
public enum Traffic {
    /**
     * A message answering a person who just wrote: the chat's pace (a burst, then one a second; a
     * group's window), but not the bulk rate, unless the platform's limits say answers share it
     * ({@link PaceLimits#answersInOverall()}) or a 429 showed they do. Served before bulk.
     */
    ANSWER,
    /** An edit of a message the person is looking at: the chat's order, no token of its pace, no window. */
    EDIT,
    /** A message nobody asked for just now (a broadcast): the chat's pace and the bulk rate. */
    BULK,
    /** A call that is not a message (a callback answer, a lookup): no limit but retries, own workers. */
    UNPACED;

    boolean paced() {
        return this != UNPACED;
    }

    /** Whether a call of this kind spends a token of its chat's pace and a slot of its window. */
    boolean takesChatPace() {
        return this == ANSWER || this == BULK;
    }
}
