package org.relais.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.relais.core.i18n.Language;
import org.relais.core.port.CampaignSamples;

class CampaignCodecTest {

    @Test
    void everyFieldOfAnActionSurvivesARoundTrip() {
        for (Action action : List.of(CampaignSamples.full(), CampaignSamples.minimal("a"))) {
            String text = CampaignCodec.encodeAction(action);
            assertThat(CampaignCodec.decodeAction(action.id(), text)).isEqualTo(action);
            assertThat(text).as("one line per value").doesNotContain("\r").contains("\ntitle.fr=");
        }
    }

    @Test
    void theCampaignsOwnFieldsSurviveARoundTrip() {
        Campaign campaign = CampaignSamples.campaign(Set.of("a"), CampaignSamples.minimal("a"), CampaignSamples.full());
        Campaign back = CampaignCodec.decodeHeader(CampaignCodec.encodeHeader(campaign), campaign.actions(), campaign.closed());
        assertThat(back).isEqualTo(campaign);
    }

    /** Documents written by an older or newer version keep loading: unknown keys ignored, bad values defaulted. */
    @Test
    void unknownKeysAndUnreadableValuesTakeTheirDefaults() {
        Action action = CampaignCodec.decodeAction("x", String.join("\n",
                "v=9", "future.key=1", "title.fr=Titre", "title.de=Titel", "wording.fr.0=Un", "wording.fr.2=Trois",
                "target.1.name=Sans numéro 0", "starts=2026-02-30", "ends=demain", "length=x999", "no equals sign", "=empty"));
        assertThat(action.title().texts()).containsOnlyKeys(Language.FR);
        assertThat(action.wordings()).containsExactly(java.util.Map.entry(Language.FR, List.of("Un")));
        assertThat(action.targets()).isEmpty();
        assertThat(action.starts()).isEmpty();
        assertThat(action.ends()).isEmpty();
        assertThat(action.lengthRule()).isEqualTo(LengthRule.X280);
        Campaign campaign = CampaignCodec.decodeHeader("zone=Mars/Olympus\nname.fr=C", List.of(action), Set.of("x", "gone"));
        assertThat(campaign.zone()).isEqualTo(Campaign.DEFAULT_ZONE);
        assertThat(campaign.closed()).containsExactly("x");
    }
}
