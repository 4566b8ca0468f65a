package org.relais.core.flows.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.relais.core.campaign.CampaignValidator;

/** Ids made from French titles: short, plain, cut at a word, never one already taken. */
class ActionIdsTest {

    @Test
    void accentsAndLigaturesAreSpelledOutAndTheRestBecomesDashes() {
        assertThat(ActionIds.fromTitle("Œuvres : « Ça suffit ! »", id -> false)).isEqualTo("oeuvres-ca-suffit");
        assertThat(ActionIds.fromTitle("Député·e 2026", id -> false)).isEqualTo("depute-e-2026");
    }

    @Test
    void aLongTitleIsCutAtAWordAndNothingUsableGivesAction() {
        assertThat(ActionIds.fromTitle("Rehausser le financement du PSOC", id -> false)).isEqualTo("rehausser-le");
        assertThat(ActionIds.fromTitle("Anticonstitutionnellement parlant", id -> false)).isEqualTo("anticonstitutionnell");
        assertThat(ActionIds.fromTitle("📣 !!!", id -> false)).isEqualTo("action");
    }

    @Test
    void aTakenIdGetsTheFirstFreeNumberWithinTheLength() {
        Set<String> taken = Set.of("psoc", "psoc-2", "anticonstitutionnell");
        assertThat(ActionIds.fromTitle("PSOC", taken::contains)).isEqualTo("psoc-3");
        assertThat(ActionIds.fromTitle("Anticonstitutionnellement", taken::contains)).isEqualTo("anticonstitutionne-2");
    }

    @Test
    void everyIdIsOneTheValidatorAccepts() {
        for (String title : new String[] {"-", "Œ", "2026", "a".repeat(300), "Ça ira, ça ira", "Tout-à-fait — vrai"}) {
            String id = ActionIds.fromTitle(title, taken -> false);
            assertThat(id).matches("[a-z0-9-]{1,20}").matches(CampaignValidator.ACTION_ID);
        }
    }
}
