package org.relais.core.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relais.core.port.Samples.at;

import org.junit.jupiter.api.Test;

/** The contract of {@link DeliveryLog}: an id is new once per platform, until purged. */
public interface DeliveryLogContract extends StoreFixture {

    @Test
    default void aDeliveryIsNewOnlyTheFirstTime() {
        assertThat(mark("telegram", "777", at(0))).isTrue();
        assertThat(mark("telegram", "777", at(1))).isFalse();
        assertThat(mark("telegram", "777", at(2))).isFalse();
    }

    @Test
    default void aDeliveryIsNewOnlyOnceWithinOneTransaction() {
        boolean first = inTx(tx -> tx.deliveries().markProcessed("slack", "Ev01", at(0))
                && !tx.deliveries().markProcessed("slack", "Ev01", at(0)));
        assertThat(first).isTrue();
    }

    @Test
    default void idsAreKeptPerPlatform() {
        assertThat(mark("telegram", "42", at(0))).isTrue();
        assertThat(mark("slack", "42", at(0))).isTrue();
        assertThat(mark("telegram", "43", at(0))).isTrue();
        assertThat(mark("slack", "42", at(0))).isFalse();
    }

    @Test
    default void purgingDropsOnlyIdsSeenStrictlyBefore() {
        mark("telegram", "old", at(0));
        mark("slack", "old", at(1));
        mark("telegram", "edge", at(600));
        mark("telegram", "new", at(1200));

        assertThat(purgeBefore(at(600))).isEqualTo(2);

        assertThat(mark("telegram", "old", at(1300))).isTrue();
        assertThat(mark("slack", "old", at(1300))).isTrue();
        assertThat(mark("telegram", "edge", at(1300))).isFalse();
        assertThat(mark("telegram", "new", at(1300))).isFalse();
    }

    @Test
    default void purgingNothingSaysZero() {
        assertThat(purgeBefore(at(0))).isZero();
        mark("telegram", "1", at(0));
        assertThat(purgeBefore(at(0))).isZero();
    }
}
