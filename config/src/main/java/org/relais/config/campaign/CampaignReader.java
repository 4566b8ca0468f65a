package org.relais.config.campaign;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.relais.core.campaign.Action;
import org.relais.core.campaign.Campaign;
import org.relais.core.campaign.Localized;
import org.relais.core.text.Checked;
import org.relais.core.text.Hashtags;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Builds a {@link Campaign} from the top of the file: the {@code campaign:} section (name, time
 * zone, campaign-wide hashtags) and the {@code actions:} list, each action read by
 * {@link ActionReader}. It builds what it can even when parts are wrong, so the validator still
 * checks the rest and one run reports everything.
 *
 * <p>The campaign-wide hashtags (such as OCASSS) are checked here, where they are written, and
 * only the valid ones are merged into each action: a bad one is reported once, not once per action.
 */
final class CampaignReader {
    static final List<String> ROOT_KEYS = List.of("campaign", "actions");
    static final List<String> CAMPAIGN_REQUIRED = List.of("name");
    static final List<String> CAMPAIGN_OPTIONAL = List.of("timezone", "hashtags");

    private final Reading in;

    CampaignReader(Reading in) {
        this.in = in;
    }

    /** Empty when the document is not a mapping: there is nothing to build. */
    Optional<Campaign> read(Node root) {
        Optional<Map<String, Node>> top = in.map(root, "", ROOT_KEYS, List.of());
        if (top.isEmpty()) {
            return Optional.empty();
        }
        in.places().alias("name", "campaign.name");
        Localized name = new Localized(Map.of());
        ZoneId zone = Campaign.DEFAULT_ZONE;
        List<Sourced> hashtags = List.of();
        Node section = top.get().get("campaign");
        Optional<Map<String, Node>> fields = section == null
                ? Optional.empty()
                : in.map(section, "campaign", CAMPAIGN_REQUIRED, CAMPAIGN_OPTIONAL);
        if (fields.isPresent()) {
            Map<String, Node> values = fields.get();
            if (values.containsKey("name")) {
                name = in.localized(values.get("name"), "campaign.name");
            }
            if (values.containsKey("timezone")) {
                zone = zone(values.get("timezone"));
            }
            if (values.containsKey("hashtags")) {
                hashtags = campaignHashtags(values.get("hashtags"));
            }
        }
        List<Action> actions = new ArrayList<>();
        Node list = top.get().get("actions");
        ActionReader reader = new ActionReader(in, hashtags);
        if (list != null) {
            List<Node> items = in.list(list, "actions");
            for (int i = 0; i < items.size(); i++) {
                actions.add(reader.read(items.get(i), i));
            }
        }
        return Optional.of(new Campaign(name, actions, zone, hashtags.stream().map(Sourced::tag).toList(), reader.closed()));
    }

    private ZoneId zone(Node node) {
        Optional<String> id = in.text(node, "campaign.timezone");
        if (id.isEmpty()) {
            return Campaign.DEFAULT_ZONE;
        }
        try {
            return ZoneId.of(id.get());
        } catch (DateTimeException e) {
            in.report(node, "campaign.timezone", "check.bad_zone", id.get());
            return Campaign.DEFAULT_ZONE;
        }
    }

    private List<Sourced> campaignHashtags(Node node) {
        List<Node> items = in.list(node, "campaign.hashtags");
        List<Sourced> valid = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String path = Places.item("campaign.hashtags", i);
            Node item = items.get(i);
            in.text(item, path).ifPresent(raw -> {
                Checked verdict = Hashtags.check(raw);
                if (verdict instanceof Checked.Accepted accepted) {
                    valid.add(new Sourced(accepted.value(), path));
                } else if (verdict instanceof Checked.Rejected rejected) {
                    in.report(item, path, rejected.reasonKey(), rejected.args().toArray());
                }
            });
        }
        return valid;
    }

    /** A hashtag (without {@code #}) and the file path it was written at. */
    record Sourced(String tag, String path) {}
}
