package org.relais.core.port;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How many volunteers reached each milestone of one action for the first time on one day, the day
 * read in the campaign's time zone (so a post at 22:00 in Montréal is not tomorrow's).
 */
public record DailyCounts(LocalDate day, MilestoneCounts firsts) {
    public DailyCounts {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(firsts, "firsts");
    }
}
