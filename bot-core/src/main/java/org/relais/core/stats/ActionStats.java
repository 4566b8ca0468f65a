package org.relais.core.stats;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.relais.core.campaign.Action;
import org.relais.core.port.CompletionCount;
import org.relais.core.port.DailyCounts;
import org.relais.core.port.MilestoneCounts;
import org.relais.core.port.Tx;

/**
 * What coordinators learn about one action: how many volunteers started, got a ready message and
 * said they posted; the posts per target and per network; and per day, in the campaign's time zone.
 * Counts only: nothing here can name a volunteer.
 *
 * @param perTarget posts that named each target, all networks together ({@code ""}: posts naming nobody)
 * @param perNetwork targets reached on each network (a post naming nobody counts once)
 * @param perDay first times per milestone, oldest day first; days without any left out
 */
public record ActionStats(Action action, MilestoneCounts totals, List<Tally> perTarget, List<Tally> perNetwork,
        List<DailyCounts> perDay) {

    public ActionStats {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(totals, "totals");
        perTarget = List.copyOf(perTarget);
        perNetwork = List.copyOf(perNetwork);
        perDay = List.copyOf(perDay);
    }

    /** Reads the statistics of {@code action} in the open transaction, days cut in {@code zone}. */
    public static ActionStats read(Tx tx, Action action, ZoneId zone) {
        List<CompletionCount> posts = tx.completions().countsFor(action.id());
        return new ActionStats(action, tx.progress().milestoneCounts(action.id()),
                Tally.sum(posts, CompletionCount::target, CompletionCount::count),
                Tally.sum(posts, CompletionCount::network, CompletionCount::count),
                tx.progress().milestonesPerDay(action.id(), zone));
    }

    /** Nobody has started the action, nor posted for it. */
    public boolean isEmpty() {
        return totals.isEmpty() && perTarget.isEmpty();
    }
}
