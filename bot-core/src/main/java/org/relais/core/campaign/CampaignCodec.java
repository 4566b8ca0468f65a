package org.relais.core.campaign;

import static org.relais.core.text.KeyValueText.format;
import static org.relais.core.text.KeyValueText.join;
import static org.relais.core.text.KeyValueText.list;
import static org.relais.core.text.KeyValueText.parse;
import static org.relais.core.text.KeyValueText.put;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.relais.core.i18n.Language;
import org.relais.core.text.KeyValueText;

/**
 * An action, and a campaign's own fields, as one text each ({@link KeyValueText} lines), for the
 * stores and for a conversation that holds a half-made action. An action is always read and
 * written whole, so a store keeps it as one document rather than as rows of six tables; a field
 * added to {@link Action} later needs a key here, not a migration. Unknown keys are ignored and
 * missing ones take their defaults, so older documents keep loading; the action's id and whether
 * it is closed are the store's to keep beside the document.
 */
public final class CampaignCodec {
    private static final String FORMAT = "1";

    private CampaignCodec() {}

    public static String encodeAction(Action action) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("v", FORMAT);
        localized(data, "title", action.title());
        localized(data, "description", action.description());
        localized(data, "subject", action.emailSubject());
        action.wordings().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            List<String> texts = entry.getValue();
            for (int i = 0; i < texts.size(); i++) {
                data.put("wording." + entry.getKey().code() + "." + i, texts.get(i));
            }
        });
        for (int i = 0; i < action.targets().size(); i++) {
            Target target = action.targets().get(i);
            String at = "target." + i + ".";
            data.put(at + "name", target.name());
            put(data, at + "handle", target.handle().orElse(""));
            put(data, at + "email", target.email().orElse(""));
            put(data, at + "facebook", target.facebookPage().orElse(""));
            put(data, at + "posts", target.facebookAcceptsPosts() ? "1" : "");
        }
        put(data, "required", join(action.requiredHashtags()));
        put(data, "optional", join(action.optionalHashtags()));
        for (int i = 0; i < action.relayPosts().size(); i++) {
            data.put("relay." + i, action.relayPosts().get(i).url());
        }
        put(data, "starts", action.starts().map(LocalDate::toString).orElse(""));
        put(data, "ends", action.ends().map(LocalDate::toString).orElse(""));
        data.put("length", action.lengthRule().id());
        return format(data);
    }

    /** The action stored under {@code id}; a value that cannot be read (a date, a rule) takes its default. */
    public static Action decodeAction(String id, String text) {
        Map<String, String> data = parse(text);
        Map<Language, List<String>> wordings = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            List<String> texts = indexed(data, "wording." + language.code() + ".");
            if (!texts.isEmpty()) {
                wordings.put(language, texts);
            }
        }
        List<Target> targets = new ArrayList<>();
        for (int i = 0; data.containsKey("target." + i + ".name"); i++) {
            String at = "target." + i + ".";
            targets.add(new Target(data.get(at + "name"), optional(data, at + "handle"), optional(data, at + "email"),
                    optional(data, at + "facebook"), "1".equals(data.get(at + "posts"))));
        }
        List<RelayPost> relay = indexed(data, "relay.").stream().map(RelayPost::new).toList();
        return new Action(id, localized(data, "title"), localized(data, "description"), wordings, targets,
                list(data.get("required")), list(data.get("optional")), relay, date(data, "starts"), date(data, "ends"),
                LengthRule.fromId(data.getOrDefault("length", "")).orElse(LengthRule.X280), localized(data, "subject"));
    }

    /** The campaign's name, time zone and campaign-wide hashtags. */
    public static String encodeHeader(Campaign campaign) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("v", FORMAT);
        localized(data, "name", campaign.name());
        data.put("zone", campaign.zone().getId());
        put(data, "hashtags", join(campaign.hashtags()));
        return format(data);
    }

    /** The campaign whose own fields {@code header} holds, with these actions. */
    public static Campaign decodeHeader(String header, List<Action> actions, Set<String> closed) {
        Map<String, String> data = parse(header);
        ZoneId zone;
        try {
            zone = ZoneId.of(data.getOrDefault("zone", ""));
        } catch (DateTimeException e) {
            zone = Campaign.DEFAULT_ZONE;
        }
        return new Campaign(localized(data, "name"), actions, zone, list(data.get("hashtags")), closed);
    }

    private static void localized(Map<String, String> data, String key, Localized text) {
        text.texts().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> data.put(key + "." + entry.getKey().code(), entry.getValue()));
    }

    private static Localized localized(Map<String, String> data, String key) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            optional(data, key + "." + language.code()).ifPresent(text -> texts.put(language, text));
        }
        return new Localized(texts);
    }

    /** {@code prefix0}, {@code prefix1}… up to the first one missing. */
    private static List<String> indexed(Map<String, String> data, String prefix) {
        List<String> values = new ArrayList<>();
        for (int i = 0; data.containsKey(prefix + i); i++) {
            values.add(data.get(prefix + i));
        }
        return values;
    }

    private static Optional<String> optional(Map<String, String> data, String key) {
        return Optional.ofNullable(data.get(key)).filter(value -> !value.isEmpty());
    }

    private static Optional<LocalDate> date(Map<String, String> data, String key) {
        try {
            return optional(data, key).map(LocalDate::parse);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
