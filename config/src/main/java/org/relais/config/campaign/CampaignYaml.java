package org.relais.config.campaign;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.relais.core.campaign.Action;
import org.relais.core.campaign.Campaign;
import org.relais.core.campaign.LengthRule;
import org.relais.core.campaign.Localized;
import org.relais.core.campaign.RelayPost;
import org.relais.core.campaign.Target;
import org.relais.core.i18n.Language;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes a campaign in the format {@link CampaignFiles} reads ({@code docs/campaign-format.md}), so
 * that {@code relais campaign export} gives a file that {@code check} passes and {@code import}
 * reads back as the same campaign. Only what differs from the defaults is written; SnakeYAML quotes
 * what must be quoted (a {@code #} that would start a comment, a date, {@code no}).
 */
public final class CampaignYaml {
    private CampaignYaml() {}

    /** The file's text, after {@code comment} (one line, written as a YAML comment). */
    public static String write(Campaign campaign, String comment) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setSplitLines(false);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        Map<String, Object> root = new LinkedHashMap<>();
        List<String> shared = sharedHashtags(campaign);
        root.put("campaign", header(campaign, shared));
        List<Object> actions = new ArrayList<>();
        campaign.actions().forEach(action -> actions.add(action(action, campaign.isClosed(action.id()), shared.size())));
        root.put("actions", actions);
        return "# " + comment.replace("\n", " ") + "\n" + new Yaml(options).dump(root);
    }

    private static Map<String, Object> header(Campaign campaign, List<String> shared) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("name", localized(campaign.name()));
        header.put("timezone", campaign.zone().getId());
        if (!shared.isEmpty()) {
            header.put("hashtags", shared);
        }
        return header;
    }

    /**
     * The campaign-wide hashtags, when every action's required ones start with them, as the reader
     * merges them; otherwise none, and each action keeps its whole list, which reads back the same.
     */
    private static List<String> sharedHashtags(Campaign campaign) {
        List<String> shared = campaign.hashtags();
        boolean everyAction = campaign.actions().stream().allMatch(action -> action.requiredHashtags().size() >= shared.size()
                && action.requiredHashtags().subList(0, shared.size()).equals(shared));
        return everyAction ? shared : List.of();
    }

    private static Map<String, Object> action(Action action, boolean closed, int shared) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", action.id());
        out.put("title", localized(action.title()));
        optional(out, "description", action.description());
        optional(out, "email_subject", action.emailSubject());
        Map<String, Object> wordings = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            List<String> texts = action.wordings().getOrDefault(language, List.of());
            if (!texts.isEmpty()) {
                wordings.put(language.code(), texts);
            }
        }
        out.put("wordings", wordings);
        if (!action.targets().isEmpty()) {
            out.put("targets", action.targets().stream().map(CampaignYaml::target).toList());
        }
        Map<String, Object> hashtags = new LinkedHashMap<>();
        List<String> own = action.requiredHashtags().subList(shared, action.requiredHashtags().size());
        if (!own.isEmpty()) {
            hashtags.put("required", own);
        }
        if (!action.optionalHashtags().isEmpty()) {
            hashtags.put("optional", action.optionalHashtags());
        }
        if (!hashtags.isEmpty()) {
            out.put("hashtags", hashtags);
        }
        if (!action.relayPosts().isEmpty()) {
            out.put("relay", action.relayPosts().stream().map(RelayPost::url).toList());
        }
        action.starts().ifPresent(day -> out.put("starts", day.toString()));
        action.ends().ifPresent(day -> out.put("ends", day.toString()));
        if (action.lengthRule() != LengthRule.X280) {
            out.put("length", action.lengthRule().id());
        }
        if (closed) {
            out.put("closed", true);
        }
        return out;
    }

    private static Map<String, Object> target(Target target) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", target.name());
        target.handle().ifPresent(handle -> out.put("handle", handle));
        target.email().ifPresent(email -> out.put("email", email));
        target.facebookPage().ifPresent(page -> out.put("facebook", page));
        if (target.facebookAcceptsPosts()) {
            out.put("facebook_accepts_posts", true);
        }
        return out;
    }

    private static void optional(Map<String, Object> out, String key, Localized text) {
        if (!text.texts().isEmpty()) {
            out.put(key, localized(text));
        }
    }

    private static Map<String, String> localized(Localized text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            text.find(language).ifPresent(value -> out.put(language.code(), value));
        }
        return out;
    }
}
