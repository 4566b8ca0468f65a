package org.relais.core.port;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.relais.core.campaign.Action;
import org.relais.core.campaign.Campaign;
import org.relais.core.campaign.LengthRule;
import org.relais.core.campaign.Localized;
import org.relais.core.campaign.RelayPost;
import org.relais.core.campaign.Target;
import org.relais.core.i18n.Language;

/** Campaigns for the campaign store's contract: every field set somewhere, and texts that are hard to keep. */
public final class CampaignSamples {
    private CampaignSamples() {}

    /** Every field of an action, with line breaks, backslashes, {@code =}, commas, emoji and non-breaking spaces. */
    public static Action full() {
        return new Action("psoc-2026",
                Localized.of("Financement du PSOC", "PSOC funding"),
                Localized.of("Ligne 1\nligne 2 = \\ , ; « »", "Line 1\r\nline 2"),
                Map.of(Language.FR, List.of("Les #OCASSS ont besoin du #PSOC\u00a0: 👨‍👩‍👧", "a=b, c\\d\n%41"),
                        Language.EN, List.of("#OCASSS need #PSOC funding")),
                List.of(new Target("Lucie Charlebois", Optional.of("luciecharlebois"), Optional.of("ministre@example.org"),
                                Optional.of("https://www.facebook.com/example.minister"), true),
                        new Target("Bureau, régional", Optional.empty(), Optional.of("bureau+regional@example.org"),
                                Optional.empty(), false)),
                List.of("OCASSS", "PSOC"),
                List.of("polQc", "café"),
                List.of(new RelayPost("https://x.com/example_group/status/1234567890123456789"),
                        new RelayPost("https://example.org/a-post?x=1,2")),
                Optional.of(LocalDate.parse("2026-01-01")), Optional.of(LocalDate.parse("2026-12-31")), LengthRule.X140,
                Localized.of("Le financement des organismes", "Funding for community groups"));
    }

    /** As little as an action may have. */
    public static Action minimal(String id) {
        return new Action(id, Localized.of("Titre " + id, "Title " + id), Localized.of(null, null),
                Map.of(Language.FR, List.of("Texte " + id), Language.EN, List.of("Text " + id)),
                List.of(), List.of("OCASSS"), List.of(), List.of(), Optional.empty(), Optional.empty(), LengthRule.X280);
    }

    public static Campaign campaign(Set<String> closed, Action... actions) {
        return new Campaign(Localized.of("Je tiens à ma communauté", "I care about my community"), List.of(actions),
                ZoneId.of("America/Vancouver"), List.of("OCASSS"), closed);
    }
}
