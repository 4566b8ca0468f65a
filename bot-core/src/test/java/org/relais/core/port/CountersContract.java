package org.relais.core.port;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The contract of {@link Counters}: 1, 2, 3, … per name, across transactions. */
public interface CountersContract extends StoreFixture {

    @Test
    default void aCounterStartsAtOneAndCountsUp() {
        assertThat(next("rotation:a1")).isEqualTo(1);
        assertThat(next("rotation:a1")).isEqualTo(2);
        long twoInOne = inTx(tx -> tx.counters().next("rotation:a1") * 10 + tx.counters().next("rotation:a1"));
        assertThat(twoInOne).isEqualTo(34);
    }

    @Test
    default void countersWithOtherNamesCountApart() {
        assertThat(next("rotation:a1")).isEqualTo(1);
        assertThat(next("rotation:a2")).isEqualTo(1);
        assertThat(next("rotation:a1")).isEqualTo(2);
        assertThat(next("rotation:A1")).isEqualTo(1);
        assertThat(next("rotation:a2")).isEqualTo(2);
    }
}
