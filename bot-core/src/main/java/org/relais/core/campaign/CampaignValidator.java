package org.relais.core.campaign;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.relais.core.i18n.Language;
import org.relais.core.text.Checked;
import org.relais.core.text.Composer;
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
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}\\.[A-Za-z]{2,63}");
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
        for (int j = 0; j < action.targets().size(); j++) {
            target(action.targets().get(j), at + ".targets[" + j + "]", problems);
        }
        hashtags(action.requiredHashtags(), at + ".hashtags.required", problems);
        hashtags(action.optionalHashtags(), at + ".hashtags.optional", problems);
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
                } else if (!x.fits()) {
                    problems.add(Problem.at(path + "[" + k + "]", "check.wording_too_long",
                            x.length(), x.limit(), action.lengthRule().id()));
                }
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
            if (!EMAIL.matcher(email).matches()) {
                problems.add(Problem.at(at + ".email", "check.bad_email", email));
            }
        });
        target.facebookPage().ifPresent(page -> url(page, at + ".facebook", problems));
        if (target.handle().isEmpty() && target.email().isEmpty()) {
            problems.add(Problem.at(at, "check.unreachable_target", target.name()));
        }
    }

    private static void hashtags(List<String> tags, String path, List<Problem> problems) {
        for (int j = 0; j < tags.size(); j++) {
            String tag = tags.get(j);
            Checked verdict = Hashtags.check(tag);
            if (verdict instanceof Checked.Rejected rejected) {
                problems.add(Problem.at(path + "[" + j + "]", rejected.reasonKey(), rejected.args().toArray()));
            }
        }
    }

    private static void url(String url, String path, List<Problem> problems) {
        if (!HTTPS_URL.matcher(url).matches()) {
            problems.add(Problem.at(path, "check.bad_url", url));
        }
    }
}
