package org.relais.core.port;

import java.util.List;

/** Completions per action, target and network, without names: the raw material of statistics. */
public interface CompletionRepository {

    void add(Completion completion);

    /** Counts for one action, grouped by target and network, ordered by target then network. */
    List<CompletionCount> countsFor(String actionId);
}
