package org.relais.config.campaign;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.relais.config.campaign.CampaignReader.Sourced;
import org.relais.core.campaign.Action;
import org.relais.core.campaign.LengthRule;
import org.relais.core.campaign.Localized;
import org.relais.core.campaign.RelayPost;
import org.relais.core.campaign.Target;
import org.relais.core.i18n.Language;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads one entry of {@code actions:} into an {@link Action}. Only the file's form is checked here
 * (keys, kinds, dates, length rule, booleans); what the values mean (handles, hashtags, lengths,
 * translations) is the core validator's job, run on the result.
 *
 * <p>Leading {@code @} on handles and {@code #} on hashtags are stripped, since people write them
 * out of habit. Dates are ISO ({@code 2026-12-31}), both included, read in the campaign's zone; a
 * date of that form that does not exist ({@code 2026-02-30}) is told apart from another form
 * ({@code 31/12/2026}). {@code email_subject}, optional like {@code description}, is checked here
 * for its translations, since the core's validator does not know it. {@code closed: true} (an action
 * a coordinator closed, as {@code relais campaign export} writes it) is collected in {@link #closed()}.
 */
final class ActionReader {
    static final List<String> REQUIRED = List.of("id", "title", "wordings");
    static final List<String> OPTIONAL =
            List.of("description", "email_subject", "targets", "hashtags", "relay", "starts", "ends", "length", "closed");
    static final List<String> TARGET_OPTIONAL = List.of("handle", "email", "facebook", "facebook_accepts_posts");
    static final List<String> HASHTAG_KEYS = List.of("required", "optional");
    private static final Localized NONE = new Localized(Map.of());
    /** The form dates must have; one of that form that LocalDate refuses does not exist (2026-02-30). */
    private static final Pattern DATE_FORM = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private final Reading in;
    private final List<Sourced> campaignHashtags;
    private final Set<String> closed = new HashSet<>();

    ActionReader(Reading in, List<Sourced> campaignHashtags) {
        this.in = in;
        this.campaignHashtags = List.copyOf(campaignHashtags);
    }

    /** The ids of the actions read so far that say {@code closed: true}. */
    Set<String> closed() {
        return closed;
    }

    /** Always an action, with blanks where the file is wrong, so the validator checks the rest. */
    Action read(Node node, int index) {
        String at = Places.item("actions", index);
        Map<String, Node> fields = in.map(node, at, REQUIRED, OPTIONAL).orElse(Map.of());
        String id = field(fields, "id").flatMap(value -> in.text(value, at + ".id")).orElse("");
        Localized title = field(fields, "title").map(value -> in.localized(value, at + ".title")).orElse(NONE);
        Localized description = field(fields, "description")
                .map(value -> in.localized(value, at + ".description"))
                .orElse(NONE);
        Localized emailSubject = field(fields, "email_subject")
                .map(value -> in.allOrNone(value, at + ".email_subject"))
                .orElse(NONE);
        Map<Language, List<String>> wordings = field(fields, "wordings")
                .map(value -> wordings(value, at + ".wordings"))
                .orElse(Map.of());
        List<Target> targets = new ArrayList<>();
        field(fields, "targets").ifPresent(value -> {
            List<Node> items = in.list(value, at + ".targets");
            for (int j = 0; j < items.size(); j++) {
                targets.add(target(items.get(j), Places.item(at + ".targets", j)));
            }
        });
        Map<String, Node> hashtags = field(fields, "hashtags")
                .flatMap(value -> in.map(value, at + ".hashtags", List.of(), HASHTAG_KEYS))
                .orElse(Map.of());
        List<String> required = required(field(hashtags, "required"), at + ".hashtags.required");
        List<String> optional = field(hashtags, "optional")
                .map(value -> strip(in.texts(value, at + ".hashtags.optional"), "#＃"))
                .orElse(List.of());
        if (field(fields, "closed").map(value -> bool(value, at + ".closed")).orElse(false)) {
            closed.add(id);
        }
        List<RelayPost> relay = field(fields, "relay")
                .map(value -> in.texts(value, at + ".relay").stream().map(RelayPost::new).toList())
                .orElse(List.of());
        return new Action(id, title, description, wordings, targets, required, optional, relay,
                date(fields, at, "starts"), date(fields, at, "ends"), length(fields, at), emailSubject);
    }

    private Map<Language, List<String>> wordings(Node node, String path) {
        Map<Language, List<String>> wordings = new EnumMap<>(Language.class);
        in.languages(node, path).forEach((language, value) ->
                wordings.put(language, in.texts(value, Places.child(path, language.code()))));
        return wordings;
    }

    private Target target(Node node, String path) {
        Map<String, Node> fields = in.map(node, path, List.of("name"), TARGET_OPTIONAL).orElse(Map.of());
        String name = field(fields, "name").flatMap(value -> in.text(value, path + ".name")).orElse("");
        Optional<String> handle = field(fields, "handle")
                .flatMap(value -> in.text(value, path + ".handle"))
                .map(text -> strip(List.of(text), "@＠").get(0));
        Optional<String> email = field(fields, "email").flatMap(value -> in.text(value, path + ".email"));
        Optional<String> facebook = field(fields, "facebook").flatMap(value -> in.text(value, path + ".facebook"));
        boolean acceptsPosts = field(fields, "facebook_accepts_posts")
                .map(value -> bool(value, path + ".facebook_accepts_posts"))
                .orElse(false);
        return new Target(name, handle, email, facebook, acceptsPosts);
    }

    /**
     * The campaign-wide hashtags first, then the action's own, without repeats (case aside). Each
     * merged place is aliased to where the file wrote it, so the validator's index lands there.
     */
    private List<String> required(Optional<Node> node, String path) {
        List<Sourced> merged = new ArrayList<>(campaignHashtags);
        node.ifPresent(value -> {
            List<String> own = strip(in.texts(value, path), "#＃");
            for (int j = 0; j < own.size(); j++) {
                merged.add(new Sourced(own.get(j), Places.item(path, j)));
            }
        });
        Set<String> seen = new HashSet<>();
        List<String> tags = new ArrayList<>();
        for (Sourced tag : merged) {
            if (seen.add(tag.tag().toLowerCase(Locale.ROOT))) {
                in.places().alias(Places.item(path, tags.size()), tag.path());
                tags.add(tag.tag());
            }
        }
        return tags;
    }

    private Optional<LocalDate> date(Map<String, Node> fields, String at, String key) {
        String path = at + "." + key;
        return field(fields, key).flatMap(node -> in.text(node, path).flatMap(text -> {
            if (!DATE_FORM.matcher(text).matches()) {
                in.report(node, path, "check.bad_date", text);
                return Optional.empty();
            }
            try {
                return Optional.of(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                in.report(node, path, "check.no_such_date", text);
                return Optional.empty();
            }
        }));
    }

    private LengthRule length(Map<String, Node> fields, String at) {
        String path = at + ".length";
        return field(fields, "length").flatMap(node -> in.text(node, path).flatMap(text -> {
            Optional<LengthRule> rule = LengthRule.fromId(text);
            if (rule.isEmpty()) {
                in.report(node, path, "check.bad_length_rule", text);
            }
            return rule;
        })).orElse(LengthRule.X280);
    }

    /** Only {@code true} and {@code false}: YAML 1.1 would also read {@code no}, {@code on} or {@code y}. */
    private boolean bool(Node node, String path) {
        Optional<String> text = in.text(node, path);
        if (text.isPresent() && !text.get().equals("true") && !text.get().equals("false")) {
            in.report(node, path, "check.bad_boolean", text.get());
        }
        return text.map("true"::equals).orElse(false);
    }

    private static Optional<Node> field(Map<String, Node> fields, String key) {
        return Optional.ofNullable(fields.get(key));
    }

    /** Drops one leading sign ({@code #} or {@code @}, ASCII or full-width) from each text. */
    private static List<String> strip(List<String> texts, String signs) {
        return texts.stream()
                .map(text -> !text.isEmpty() && signs.indexOf(text.charAt(0)) >= 0 ? text.substring(1) : text)
                .toList();
    }
}
