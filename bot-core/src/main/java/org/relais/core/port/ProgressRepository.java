package org.relais.core.port;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.relais.core.chat.ConversationKey;

/** Each volunteer's progress per action, so they (and nobody else) can see what they have done. */
public interface ProgressRepository {

    /**
     * Records that {@code key} reached {@code milestone} on {@code actionId} at {@code at}; a milestone
     * keeps its first time. Reaching READY or POSTED without STARTED also records STARTED.
     */
    void record(ConversationKey key, String actionId, Milestone milestone, Instant at);

    /** The user's progress, one entry per action, ordered by start time. */
    List<Progress> forUser(ConversationKey key);

    /** Forgets the user's progress ({@code /oublier}). @return how many rows went. */
    int deleteUser(ConversationKey key);

    /** How many people reached each milestone of {@code actionId} (statistics: counts only). */
    MilestoneCounts milestoneCounts(String actionId);

    /**
     * Per day in {@code zone}, how many people first reached each milestone of {@code actionId}; days
     * when nobody did are left out; oldest first. Days are cut in Java, not SQL, so that every store
     * cuts them the same way.
     */
    List<DailyCounts> milestonesPerDay(String actionId, ZoneId zone);
}
