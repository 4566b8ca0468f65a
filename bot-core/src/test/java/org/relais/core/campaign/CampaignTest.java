package org.relais.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.relais.core.port.CampaignSamples;

/** A closed action is kept, and listed, but never offered; edits keep the order. */
class CampaignTest {
    private static final LocalDate DAY = LocalDate.parse("2026-06-01");

    @Test
    void aClosedActionIsKeptButNotOffered() {
        Campaign campaign = CampaignSamples.campaign(Set.of("b"), CampaignSamples.minimal("a"), CampaignSamples.minimal("b"));
        assertThat(campaign.activeOn(DAY)).extracting(Action::id).containsExactly("a");
        assertThat(campaign.action("b")).isPresent();
        assertThat(campaign.offers(campaign.action("b").orElseThrow(), DAY)).isFalse();
        assertThat(campaign.withClosed("b", false).activeOn(DAY)).extracting(Action::id).containsExactly("a", "b");
    }

    @Test
    void anEditedActionKeepsItsPlaceAndANewOneComesLast() {
        Campaign campaign = CampaignSamples.campaign(Set.of("a"), CampaignSamples.minimal("a"), CampaignSamples.minimal("b"));
        Action renamed = CampaignSamples.full();
        Campaign edited = campaign.withAction(CampaignSamples.minimal("c")).withAction(CampaignSamples.minimal("a"));
        assertThat(edited.actions()).extracting(Action::id).containsExactly("a", "b", "c");
        assertThat(edited.closed()).containsExactly("a");
        assertThat(campaign.withAction(renamed).actions()).last().isEqualTo(renamed);
    }

    @Test
    void closedIdsOfNoActionAreDropped() {
        assertThat(CampaignSamples.campaign(Set.of("a", "gone"), CampaignSamples.minimal("a")).closed()).containsExactly("a");
    }
}
