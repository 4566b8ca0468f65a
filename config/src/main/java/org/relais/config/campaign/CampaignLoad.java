package org.relais.config.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.relais.core.campaign.Campaign;
import org.relais.core.i18n.Language;
import org.relais.core.i18n.Messages;

/**
 * What reading a campaign file gave: the campaign when the file could be turned into one, and every
 * problem found in it, placed. {@code relais campaign check} prints {@link #report}; start-up calls
 * {@link #campaignOrThrow}, so both speak with the same lines.
 *
 * @param campaign present whenever the file was readable YAML with a mapping at the top, even with
 *     problems: use {@link #campaignOrThrow} to get one that is safe to serve
 * @param unreadable the file itself could not be read (missing, a directory, not UTF-8)
 */
public record CampaignLoad(String file, Optional<Campaign> campaign, List<LocatedProblem> problems, boolean unreadable) {

    /** Exit statuses of {@code relais campaign check}. */
    public static final int OK = 0;
    public static final int PROBLEMS = 1;
    public static final int UNREADABLE = 2;

    public CampaignLoad {
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return !unreadable && problems.isEmpty() && campaign.isPresent();
    }

    public int exitStatus() {
        return unreadable ? UNREADABLE : isValid() ? OK : PROBLEMS;
    }

    /**
     * The lines to show a coordinator: for a valid campaign, one line with its number of actions and
     * how many are under way today in the campaign's zone; otherwise a count, then one line a problem.
     */
    public List<String> report(Language language, Clock clock) {
        if (isValid()) {
            Campaign valid = campaign.get();
            LocalDate today = LocalDate.now(clock.withZone(valid.zone()));
            return List.of(Messages.get(language, "check.ok", valid.actions().size(), valid.activeOn(today).size()));
        }
        return problemLines(language);
    }

    /** The campaign, when it has no problem at all. */
    public Campaign campaignOrThrow(Language language) {
        if (!isValid()) {
            throw new InvalidCampaignException(problemLines(language));
        }
        return campaign.get();
    }

    private List<String> problemLines(Language language) {
        List<String> lines = new ArrayList<>();
        if (!unreadable) {
            lines.add(Messages.get(language, "check.found", problems.size()));
        }
        problems.forEach(problem -> lines.add(problem.format(language)));
        return lines;
    }
}
