package org.relais.telegram.send;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.relais.core.send.Lane;
import org.relais.core.send.Traffic;
import org.relais.telegram.ChatKind;

/** A chat as the paced sender's lane, and back (what {@code onBlocked} reports). */
class DestinationTest {

    @Test
    void groupsAndChannelsAreWindowedPrivateChatsAndCallbackAnswersAreNot() {
        assertThat(new Destination("1", ChatKind.PRIVATE).lane()).isEqualTo(new Lane("1", "private", false));
        assertThat(new Destination("-2", ChatKind.GROUP).lane()).isEqualTo(new Lane("-2", "group", true));
        assertThat(new Destination("-3", ChatKind.CHANNEL).lane()).isEqualTo(new Lane("-3", "channel", true));
        assertThat(new Destination("-3", ChatKind.CHANNEL).as(Traffic.BULK).lane())
                .isEqualTo(new Lane("-3", "channel", true, Traffic.BULK));
        assertThat(Destination.unpaced("callback:9").lane()).isEqualTo(new Lane("callback:9", "private", false, Traffic.UNPACED));
    }

    @Test
    void theLaneGivesBackTheDestinationItWasMadeFrom() {
        for (Destination to : new Destination[] {new Destination("1", ChatKind.PRIVATE), new Destination("-2", ChatKind.GROUP),
                new Destination("-3", ChatKind.CHANNEL), new Destination("-4", ChatKind.GROUP, Traffic.BULK), new Destination("5", ChatKind.PRIVATE, Traffic.EDIT), Destination.unpaced("callback:9")}) {
            assertThat(Destination.of(to.lane())).isEqualTo(to);
        }
    }
}
