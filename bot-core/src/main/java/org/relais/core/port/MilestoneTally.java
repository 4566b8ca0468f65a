package org.relais.core.port;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Counts progress rows into statistics, for the stores: the same arithmetic whichever store read
 * the rows, and days cut in the campaign's time zone in Java (H2's and PostgreSQL's date functions
 * do not agree on time zones).
 */
public final class MilestoneTally {
    private MilestoneTally() {}

    /** How many of the rows reached each milestone. */
    public static MilestoneCounts count(Iterable<Progress> rows) {
        MilestoneCounts counts = MilestoneCounts.NONE;
        for (Progress row : rows) {
            counts = counts.plus(Milestone.STARTED);
            if (row.ready().isPresent()) {
                counts = counts.plus(Milestone.READY);
            }
            if (row.posted().isPresent()) {
                counts = counts.plus(Milestone.POSTED);
            }
        }
        return counts;
    }

    /** Each milestone counted on the day, in {@code zone}, it was first reached; oldest day first. */
    public static List<DailyCounts> perDay(Iterable<Progress> rows, ZoneId zone) {
        Map<LocalDate, MilestoneCounts> days = new TreeMap<>();
        for (Progress row : rows) {
            add(days, Optional.of(row.started()), Milestone.STARTED, zone);
            add(days, row.ready(), Milestone.READY, zone);
            add(days, row.posted(), Milestone.POSTED, zone);
        }
        List<DailyCounts> out = new ArrayList<>();
        days.forEach((day, counts) -> out.add(new DailyCounts(day, counts)));
        return out;
    }

    private static void add(Map<LocalDate, MilestoneCounts> days, Optional<Instant> at, Milestone milestone, ZoneId zone) {
        at.ifPresent(instant -> days.merge(LocalDate.ofInstant(instant, zone), MilestoneCounts.NONE.plus(milestone),
                (old, one) -> old.plus(milestone)));
    }
}
