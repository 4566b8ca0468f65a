package org.relais.core.campaign;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.relais.core.i18n.Language;
import org.relais.core.text.Checked;
import org.relais.core.text.Composer;
import org.relais.core.text.Emails;
import org.relais.core.text.Handles;
import org.relais.core.text.Hashtags;
import org.relais.core.text.Lengths;
import org.relais.core.text.Measure;

/**
 * Every check a campaign must pass before volunteers see it, each problem with its place: handles,
 * hashtags (as twitter-text reads them), wordings that cannot fit their rule even with no target,
 * duplicate ids, missing translations, and the rest. The same list serves
 * {@code relais campaign check} and start-up.
 */
public final class CampaignValidator {
    /** An id travels in buttons ({@code a:<id>}) and deep links ({@code a_<id>}): short and plain. */
    public static final Pattern ACTION_ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,31}");
    /** Punctuation that ends a sentence after a hashtag or a mention, not part of it. */
    private static final Pattern TRAILING = Pattern.compile("[.,;:!?»”)’'…]+$");
    private static final Pattern HTTPS_URL = Pattern.compile("https://[^\\s/$.?#][^\\s]{1,2000}");

    private CampaignValidator() {}

    public static List<Problem> validate(Campaign campaign) {
        List<Problem> problems = new ArrayList<>();
        translations(campaign.name(), "name", true, problems);
        if (campaign.actions().isEmpty()) {
            problems.add(Problem.at("actions", "check.no_actions"));
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < campaign.actions().size(); i++) {
            Action action = campaign.actions().get(i);
            String at = "actions[" + i + "]";
            Integer first = seen.putIfAbsent(action.id(), i);
            if (first != null) {
                problems.add(Problem.at(at + ".id", "check.duplicate_id", action.id(), "actions[" + first + "]"));
            }
            check(action, at, problems);
        }
        return problems;
    }

    private static void check(Action action, String at, List<Problem> problems) {
        if (!ACTION_ID.matcher(action.id()).matches()) {
            problems.add(Problem.at(at + ".id", "check.bad_id", action.id()));
        }
        translations(action.title(), at + ".title", true, problems);
        translations(action.description(), at + ".description", false, problems);
        wordings(action, at, problems);
        Map<String, String> handles = new HashMap<>();
        for (int j = 0; j < action.targets().size(); j++) {
            Target target = action.targets().get(j);
            String path = at + ".targets[" + j + "]";
            target(target, path, problems);
            target.handle().ifPresent(handle -> {
                String first = handles.putIfAbsent(handle.toLowerCase(Locale.ROOT), path);
                if (first != null) {
                    problems.add(Problem.at(path + ".handle", "check.duplicate_handle", handle, first));
                }
            });
        }
        Map<String, String> tags = new HashMap<>();
        hashtags(action.requiredHashtags(), at + ".hashtags.required", tags, problems);
        hashtags(action.optionalHashtags(), at + ".hashtags.optional", tags, problems);
        for (int j = 0; j < action.relayPosts().size(); j++) {
            url(action.relayPosts().get(j).url(), at + ".relay[" + j + "]", problems);
        }
        if (action.starts().isPresent() && action.ends().isPresent() && action.ends().get().isBefore(action.starts().get())) {
            problems.add(Problem.at(at + ".ends", "check.dates_reversed", action.starts().get(), action.ends().get()));
        }
    }

    private static void translations(Localized text, String path, boolean required, List<Problem> problems) {
        boolean any = !text.texts().isEmpty();
        for (Language language : Language.values()) {
            if (text.find(language).isEmpty() && (required || any)) {
                problems.add(Problem.at(path + "." + language.code(), "check.missing_translation", language.code()));
            }
        }
    }

    /** Each language needs wordings, and each must fit the rule with the required hashtags and no target. */
    private static void wordings(Action action, String at, List<Problem> problems) {
        for (Language language : Language.values()) {
            List<String> texts = action.wordings().getOrDefault(language, List.of());
            String path = at + ".wordings." + language.code();
            if (texts.isEmpty()) {
                problems.add(Problem.at(path, "check.missing_wordings", language.code()));
            }
            for (int k = 0; k < texts.size(); k++) {
                String composed = Composer.compose(texts.get(k), List.of(), action.requiredHashtags());
                Measure x = Lengths.x(composed, action.lengthRule());
                if (texts.get(k).isBlank()) {
                    problems.add(Problem.at(path + "[" + k + "]", "check.empty_wording"));
                    continue;
                } else if (!x.fits()) {
                    problems.add(Problem.at(path + "[" + k + "]", "check.wording_too_long",
                            x.length(), x.limit(), action.lengthRule().id()));
                }
                writtenTags(texts.get(k), path + "[" + k + "]", problems);
            }
        }
    }

    private static void target(Target target, String at, List<Problem> problems) {
        if (target.name().isEmpty()) {
            problems.add(Problem.at(at + ".name", "check.missing_name"));
        }
        target.handle().ifPresent(handle -> {
            Checked verdict = Handles.check(handle);
            if (verdict instanceof Checked.Rejected rejected) {
                problems.add(Problem.at(at + ".handle", rejected.reasonKey(), rejected.args().toArray()));
            } else if (!((Checked.Accepted) verdict).value().equals(handle)) {
                problems.add(Problem.at(at + ".handle", "check.handle_form", handle, ((Checked.Accepted) verdict).value()));
            }
        });
        target.email().ifPresent(email -> {
            if (!Emails.isValid(email)) {
                problems.add(Problem.at(at + ".email", "check.bad_email", email));
            }
        });
        target.facebookPage().ifPresent(page -> url(page, at + ".facebook", problems));
        if (target.handle().isEmpty() && target.email().isEmpty()) {
            problems.add(Problem.at(at, "check.unreachable_target", target.name()));
        }
    }

    /** Each hashtag valid, and each once across the required and optional lists (case ignored). */
    private static void hashtags(List<String> list, String path, Map<String, String> seen, List<Problem> problems) {
        for (int j = 0; j < list.size(); j++) {
            String tag = list.get(j);
            String place = path + "[" + j + "]";
            Checked verdict = Hashtags.check(tag);
            if (verdict instanceof Checked.Rejected rejected) {
                problems.add(Problem.at(place, rejected.reasonKey(), rejected.args().toArray()));
                continue;
            }
            String first = seen.putIfAbsent(tag.toLowerCase(Locale.ROOT), place);
            if (first != null) {
                problems.add(Problem.at(place, "check.duplicate_hashtag", tag, first));
            }
        }
    }

    /**
     * A {@code #tag} or {@code @name} written in a wording must be read whole by X: {@code
     * #climate-action} would only tag {@code #climate}, {@code @josé} would mention nobody.
     */
    private static void writtenTags(String wording, String path, List<Problem> problems) {
        for (String word : wording.split("[\\s\\p{Z}]+")) {
            String token = TRAILING.matcher(word).replaceAll("");
            if (token.startsWith("#") || token.startsWith("＃")) {
                List<String> found = Hashtags.foundIn(token);
                if (found.isEmpty()) {
                    Checked verdict = Hashtags.check(token);
                    if (verdict instanceof Checked.Rejected rejected) {
                        problems.add(Problem.at(path, rejected.reasonKey(), rejected.args().toArray()));
                    }
                } else if (!found.get(0).equals(token.substring(1).toLowerCase(Locale.ROOT))) {
                    problems.add(Problem.at(path, "check.wording_hashtag", token, "#" + found.get(0)));
                }
            } else if (token.startsWith("@") || token.startsWith(".@")) {
                if (Handles.check(token) instanceof Checked.Rejected) {
                    problems.add(Problem.at(path, "check.wording_handle", token));
                }
            }
        }
    }

    private static void url(String url, String path, List<Problem> problems) {
        if (!HTTPS_URL.matcher(url).matches()) {
            problems.add(Problem.at(path, "check.bad_url", url));
        }
    }
}
