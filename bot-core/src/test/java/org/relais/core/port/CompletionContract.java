package org.relais.core.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The contract of {@link CompletionRepository}: counts per action, grouped and ordered. */
public interface CompletionContract extends StoreFixture {

    private void add(String action, String target, String network, int dayOfMonth) {
        inTxDo(tx -> tx.completions().add(new Completion(action, target, network, LocalDate.of(2025, 3, dayOfMonth))));
    }

    @Test
    default void anActionNobodyCompletedHasNoCounts() {
        assertThat(countsFor("a1")).isEmpty();
    }

    @Test
    default void completionsAreCountedPerTargetAndNetworkWhateverTheDay() {
        add("a1", "Lucie", "x", 1);
        add("a1", "Lucie", "x", 2);
        add("a1", "Lucie", "bluesky", 2);
        add("a1", "", "x", 3);

        assertThat(countsFor("a1")).containsExactly(
                new CompletionCount("", "x", 1),
                new CompletionCount("Lucie", "bluesky", 1),
                new CompletionCount("Lucie", "x", 2));
    }

    /** The order of {@link String#compareTo}, the same in every store whatever the database collation. */
    @Test
    default void countsAreOrderedByTargetThenNetworkAsStringsCompare() {
        add("a1", "Émile", "x", 1);
        add("a1", "alice", "x", 1);
        add("a1", "Zoé", "x", 1);
        add("a1", "Zoé", "mastodon", 1);
        add("a1", "Zoé", "Mastodon", 1);
        add("a1", "Zoe", "x", 1);

        assertThat(countsFor("a1")).extracting(c -> c.target() + "/" + c.network())
                .containsExactly("Zoe/x", "Zoé/Mastodon", "Zoé/mastodon", "Zoé/x", "alice/x", "Émile/x");
    }

    @Test
    default void eachActionCountsOnlyItsOwnCompletions() {
        add("a1", "Lucie", "x", 1);
        add("a2", "Lucie", "x", 1);
        add("a2", "Lucie", "x", 1);
        add("a10", "Lucie", "x", 1);

        assertThat(countsFor("a1")).containsExactly(new CompletionCount("Lucie", "x", 1));
        assertThat(countsFor("a2")).containsExactly(new CompletionCount("Lucie", "x", 2));
        assertThat(countsFor("a")).isEmpty();
    }
}
