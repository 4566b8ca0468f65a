package org.relais.core.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.relais.core.i18n.Language;

/**
 * One thing volunteers are asked to do: post one of its wordings, naming its targets, with its
 * hashtags, within its length rule, while it is active.
 *
 * @param requiredHashtags without {@code #}; the campaign-wide ones (such as OCASSS) are merged in
 * @param optionalHashtags without {@code #}; offered as toggles
 * @param emailSubject the subject of the ready e-mails; when empty, the title
 */
public record Action(
        String id,
        Localized title,
        Localized description,
        Map<Language, List<String>> wordings,
        List<Target> targets,
        List<String> requiredHashtags,
        List<String> optionalHashtags,
        List<RelayPost> relayPosts,
        Optional<LocalDate> starts,
        Optional<LocalDate> ends,
        LengthRule lengthRule,
        Localized emailSubject) {

    /** An action whose e-mails take its title as subject. */
    public Action(String id, Localized title, Localized description, Map<Language, List<String>> wordings,
            List<Target> targets, List<String> requiredHashtags, List<String> optionalHashtags, List<RelayPost> relayPosts,
            Optional<LocalDate> starts, Optional<LocalDate> ends, LengthRule lengthRule) {
        this(id, title, description, wordings, targets, requiredHashtags, optionalHashtags, relayPosts, starts, ends,
                lengthRule, Localized.of(null, null));
    }

    public Action {
        wordings = Map.copyOf(wordings);
        targets = List.copyOf(targets);
        requiredHashtags = List.copyOf(requiredHashtags);
        optionalHashtags = List.copyOf(optionalHashtags);
        relayPosts = List.copyOf(relayPosts);
    }

    // Copies with one field replaced, for the coordinators' editor.

    public Action withId(String newId) {
        return new Action(newId, title, description, wordings, targets, requiredHashtags, optionalHashtags, relayPosts,
                starts, ends, lengthRule, emailSubject);
    }

    public Action withTitle(Localized newTitle) {
        return new Action(id, newTitle, description, wordings, targets, requiredHashtags, optionalHashtags, relayPosts,
                starts, ends, lengthRule, emailSubject);
    }

    public Action withDescription(Localized newDescription) {
        return new Action(id, title, newDescription, wordings, targets, requiredHashtags, optionalHashtags, relayPosts,
                starts, ends, lengthRule, emailSubject);
    }

    public Action withWordings(Map<Language, List<String>> newWordings) {
        return new Action(id, title, description, newWordings, targets, requiredHashtags, optionalHashtags, relayPosts,
                starts, ends, lengthRule, emailSubject);
    }

    public Action withTargets(List<Target> newTargets) {
        return new Action(id, title, description, wordings, newTargets, requiredHashtags, optionalHashtags, relayPosts,
                starts, ends, lengthRule, emailSubject);
    }

    public Action withHashtags(List<String> required, List<String> optional) {
        return new Action(id, title, description, wordings, targets, required, optional, relayPosts,
                starts, ends, lengthRule, emailSubject);
    }

    public Action withRelayPosts(List<RelayPost> newRelayPosts) {
        return new Action(id, title, description, wordings, targets, requiredHashtags, optionalHashtags, newRelayPosts,
                starts, ends, lengthRule, emailSubject);
    }

    public Action withEnds(Optional<LocalDate> newEnds) {
        return new Action(id, title, description, wordings, targets, requiredHashtags, optionalHashtags, relayPosts,
                starts, newEnds, lengthRule, emailSubject);
    }

    /** The wordings in {@code language}, or the French ones when the translation is missing. */
    public List<String> wordingsIn(Language language) {
        List<String> texts = wordings.getOrDefault(language, List.of());
        return texts.isEmpty() ? wordings.getOrDefault(Language.FR, List.of()) : texts;
    }

    /** The subject of the ready e-mails in {@code language}. */
    public String emailSubjectIn(Language language) {
        return emailSubject.texts().isEmpty() ? title.in(language) : emailSubject.in(language);
    }

    /** Active from its start date to its end date, both included. */
    public boolean isActiveOn(LocalDate day) {
        return starts.map(start -> !day.isBefore(start)).orElse(true)
                && ends.map(end -> !day.isAfter(end)).orElse(true);
    }
}
