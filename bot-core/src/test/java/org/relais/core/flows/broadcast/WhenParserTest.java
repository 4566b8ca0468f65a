package org.relais.core.flows.broadcast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The times a coordinator types for a scheduled broadcast, read in the campaign's zone. */
class WhenParserTest {
    private static final ZoneId MONTREAL = ZoneId.of("America/Toronto");
    /** 10:00 in Montréal (UTC−5 in November). */
    private static final Instant NOW = Instant.parse("2026-11-24T15:00:00Z");

    private static Instant at(String iso) {
        return Instant.parse(iso);
    }

    @Test
    void aDateAndATimeInEveryWrittenForm() {
        for (String typed : new String[] {"2026-11-26 09:00", "2026-11-26 9:00", "2026-11-26 9h", "2026-11-26 9 h",
                "2026-11-26T09:00", "2026-11-26 à 9h00", "2026-11-26 at 9:00", "  2026-11-26   09:00 "}) {
            assertThat(WhenParser.parse(typed, NOW, MONTREAL)).as(typed).contains(at("2026-11-26T14:00:00Z"));
        }
        assertThat(WhenParser.parse("2026-11-26 9 h 30", NOW, MONTREAL)).contains(at("2026-11-26T14:30:00Z"));
    }

    @Test
    void aTimeAloneIsItsNextOccurrence() {
        assertThat(WhenParser.parse("11:30", NOW, MONTREAL)).contains(at("2026-11-24T16:30:00Z"));
        assertThat(WhenParser.parse("9:00", NOW, MONTREAL)).as("already past today").contains(at("2026-11-25T14:00:00Z"));
        assertThat(WhenParser.parse("10h", NOW, MONTREAL)).as("now is not to come").contains(at("2026-11-25T15:00:00Z"));
    }

    @Test
    void aPastDateIsReadAsWrittenForTheFlowToRefuse() {
        assertThat(WhenParser.parse("2020-01-01 09:00", NOW, MONTREAL)).contains(at("2020-01-01T14:00:00Z"));
    }

    @Test
    void whatIsNoDateOrTimeIsNothing() {
        for (String typed : new String[] {"demain matin", "", "2026-02-30 09:00", "25:00", "9:75", "2026-11-26",
                "26/11/2026 09:00", "9:00 pm"}) {
            assertThat(WhenParser.parse(typed, NOW, MONTREAL)).as(typed).isEmpty();
        }
    }

    @Test
    void itIsShownBackInTheCampaignsZone() {
        assertThat(WhenParser.show(at("2026-11-26T14:00:00Z"), MONTREAL)).isEqualTo("2026-11-26 09:00");
    }
}
