package org.relais.core.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.relais.core.campaign.Action;
import org.relais.core.campaign.Campaign;
import org.relais.core.campaign.LengthRule;
import org.relais.core.campaign.Localized;
import org.relais.core.campaign.RelayPost;
import org.relais.core.campaign.Target;
import org.relais.core.i18n.Language;

/**
 * Campaigns for engine tests, written in Java because the core cannot read YAML. The {@code psoc}
 * action mirrors the bundled campaign's; the others exercise e-mail, Facebook, relays, the 140 rule,
 * long texts, dates, and the largest ids and handles that payloads must still carry.
 */
public final class TestCampaigns {
    /** Tests run on this day unless they move the clock. */
    public static final String TODAY = "2026-11-24T15:00:00Z";

    private TestCampaigns() {}

    public static Campaign standard() {
        return new Campaign(Localized.of("Je tiens à ma communauté", "I care about my community"),
                List.of(psoc(), mna(), crowded(), closed()), Campaign.DEFAULT_ZONE, List.of("OCASSS"), java.util.Set.of());
    }

    public static Action psoc() {
        return new Action("psoc",
                Localized.of("Financement du PSOC", "PSOC funding"),
                Localized.of("Demandons un rehaussement du financement des organismes communautaires.",
                        "Let us ask for more funding for community organisations."),
                Map.of(Language.FR, List.of(
                                "les #OCASSS ont besoin d’un rehaussement du financement du #PSOC",
                                "Nos organismes communautaires tiennent le Québec debout : il est temps de rehausser le #PSOC.",
                                "Sans financement à la mission, nos organismes s’épuisent. Rehaussons le #PSOC !"),
                        Language.EN, List.of(
                                "#OCASSS need a real increase in #PSOC funding",
                                "Community groups hold Quebec together: it is time to raise #PSOC funding.",
                                "Without core funding our community groups burn out. Raise the #PSOC!")),
                List.of(new Target("Lucie Charlebois", Optional.of("luciecharlebois"), Optional.of("ministre@example.org"),
                        Optional.of("https://www.facebook.com/example.minister"), false)),
                List.of("OCASSS"),
                List.of("polQc", "PSOC"),
                List.of(new RelayPost("https://x.com/example_group/status/1234567890123456789")),
                Optional.empty(), Optional.empty(), LengthRule.X280);
    }

    /** The 140 rule, no suggested target, two optional hashtags. */
    public static Action mna() {
        return new Action("depute",
                Localized.of("Interpeller votre député·e", "Call on your MNA"),
                Localized.of("", ""),
                Map.of(Language.FR, List.of("Le communautaire mérite mieux. Appuyez le rehaussement du #PSOC !"),
                        Language.EN, List.of("Community groups deserve better. Support raising the #PSOC!")),
                List.of(),
                List.of("OCASSS"),
                List.of("polQc", "jesoutienslecommunautaire"),
                List.of(),
                Optional.empty(), Optional.empty(), LengthRule.X140);
    }

    /**
     * Three long handles (15 characters each) on the 140 rule: the message with everyone is over the
     * limit, one per target fits. Its id is 32 characters, the longest allowed.
     */
    public static Action crowded() {
        return new Action("a-very-long-action-id-of-32-char",
                Localized.of("Une action avec beaucoup de monde à interpeller, au titre long", "A crowded action with a long title"),
                Localized.of("Pour tester les longueurs.", "To test lengths."),
                Map.of(Language.FR, List.of("Le financement des organismes communautaires doit suivre les besoins réels des gens."),
                        Language.EN, List.of("Funding for community organisations must follow people’s real needs, now.")),
                List.of(Target.withHandle("Première personne", "abcdefghijklmno"),
                        Target.withHandle("Deuxième personne", "pqrstuvwxyz_123"),
                        Target.withHandle("Troisième personne", "Zyxwvutsrqponml"),
                        new Target("Bureau régional", Optional.empty(), Optional.of("bureau+regional@example.org"),
                                Optional.of("https://www.facebook.com/example.office"), true)),
                List.of("OCASSS"),
                List.of("polQc", "PSOC"),
                List.of(new RelayPost("https://example.org/a-post-that-is-not-on-x")),
                Optional.empty(), Optional.empty(), LengthRule.X140);
    }

    /** Ended yesterday: never offered. */
    public static Action closed() {
        return new Action("fini",
                Localized.of("Action terminée", "Finished action"),
                Localized.of("", ""),
                Map.of(Language.FR, List.of("Trop tard."), Language.EN, List.of("Too late.")),
                List.of(), List.of("OCASSS"), List.of(), List.of(),
                Optional.of(LocalDate.parse("2026-01-01")), Optional.of(LocalDate.parse("2026-11-23")), LengthRule.X280);
    }
}
