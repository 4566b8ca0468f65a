package org.relais.core.flows.coordination;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.relais.core.campaign.Action;
import org.relais.core.campaign.Localized;
import org.relais.core.campaign.RelayPost;
import org.relais.core.i18n.Language;

/**
 * The fields of an action a coordinator fills in the chat, in the order the guided flow asks them:
 * each its own state (a stable name, stored with the conversation), a short code for buttons, the
 * path the campaign validator gives its problems, and how a value replaces the field.
 */
enum EditorField {
    TITLE_FR("tf", "action_title_fr", "title.fr", Kind.TEXT, false),
    TITLE_EN("te", "action_title_en", "title.en", Kind.TEXT, false),
    DESCRIPTION_FR("df", "action_description_fr", "description.fr", Kind.TEXT, true),
    DESCRIPTION_EN("de", "action_description_en", "description.en", Kind.TEXT, false),
    WORDINGS_FR("wf", "action_wordings_fr", "wordings.fr", Kind.LIST, false),
    WORDINGS_EN("we", "action_wordings_en", "wordings.en", Kind.LIST, false),
    TARGETS("tg", "action_targets", "targets", Kind.LIST, true),
    REQUIRED_TAGS("rq", "action_required_tags", "hashtags.required", Kind.WORDS, true),
    OPTIONAL_TAGS("op", "action_optional_tags", "hashtags.optional", Kind.WORDS, true),
    RELAY("rl", "action_relay", "relay", Kind.WORDS, true),
    END_DATE("ed", "action_end_date", "ends", Kind.TEXT, true);

    /** How the field is typed: one text, one item a message, or several words in one message. */
    enum Kind { TEXT, LIST, WORDS }

    /** At most this many wordings or targets: keyboards and summaries stay readable. */
    static final int MAX_ITEMS = 10;
    private static final Localized NONE = new Localized(Map.of());

    private final String code;
    private final String state;
    private final String path;
    private final Kind kind;
    private final boolean optional;

    EditorField(String code, String state, String path, Kind kind, boolean optional) {
        this.code = code;
        this.state = state;
        this.path = path;
        this.kind = kind;
        this.optional = optional;
    }

    String code() {
        return code;
    }

    String state() {
        return state;
    }

    /** Where the validator places this field's problems, under {@code actions[i].}. */
    String path() {
        return path;
    }

    Kind kind() {
        return kind;
    }

    /** May be left empty (skipped when making an action, cleared when editing one). */
    boolean optional() {
        return optional;
    }

    /**
     * May be emptied when changed from the summary: the optional fields, and the English
     * description, which is not skipped alone but goes with the French one.
     */
    boolean clearable() {
        return optional || this == DESCRIPTION_EN;
    }

    /** The step's number in the guided flow, from 1. */
    int step() {
        return ordinal() + 1;
    }

    /** Message keys: {@code editor.field.<code>} names it, {@code editor.ask.<code>} says what to type. */
    String labelKey() {
        return "editor.field." + code;
    }

    String askKey() {
        return "editor.ask." + code;
    }

    Optional<EditorField> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    static Optional<EditorField> byCode(String code) {
        return Arrays.stream(values()).filter(field -> field.code.equals(code)).findFirst();
    }

    /** The field's values as the coordinator would type them again (empty when the field is). */
    List<String> values(Action action) {
        return switch (this) {
            case TITLE_FR -> text(action.title().find(Language.FR));
            case TITLE_EN -> text(action.title().find(Language.EN));
            case DESCRIPTION_FR -> text(action.description().find(Language.FR));
            case DESCRIPTION_EN -> text(action.description().find(Language.EN));
            case WORDINGS_FR -> action.wordings().getOrDefault(Language.FR, List.of());
            case WORDINGS_EN -> action.wordings().getOrDefault(Language.EN, List.of());
            case TARGETS -> action.targets().stream().map(TargetLine::format).toList();
            case REQUIRED_TAGS -> action.requiredHashtags().stream().map(tag -> "#" + tag).toList();
            case OPTIONAL_TAGS -> action.optionalHashtags().stream().map(tag -> "#" + tag).toList();
            case RELAY -> action.relayPosts().stream().map(RelayPost::url).toList();
            case END_DATE -> text(action.ends().map(LocalDate::toString));
        };
    }

    /**
     * The action with this field replaced by {@code values} (already read: see {@link FieldInput});
     * no values clears an optional field. Clearing a description clears both languages: a
     * description is given in both or in none.
     *
     * @param campaignTags the campaign-wide hashtags, always first among the required ones
     */
    Action apply(Action a, List<String> values, List<String> campaignTags) {
        Optional<String> one = values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
        return switch (this) {
            case TITLE_FR -> a.withTitle(with(a.title(), Language.FR, one));
            case TITLE_EN -> a.withTitle(with(a.title(), Language.EN, one));
            case DESCRIPTION_FR -> a.withDescription(one.isEmpty() ? NONE : with(a.description(), Language.FR, one));
            case DESCRIPTION_EN -> a.withDescription(one.isEmpty() ? NONE : with(a.description(), Language.EN, one));
            case WORDINGS_FR, WORDINGS_EN -> {
                Map<Language, List<String>> wordings = new EnumMap<>(Language.class);
                wordings.putAll(a.wordings());
                wordings.put(this == WORDINGS_FR ? Language.FR : Language.EN, List.copyOf(values));
                yield a.withWordings(wordings);
            }
            case TARGETS -> a.withTargets(values.stream().map(TargetLine::parse).toList());
            case REQUIRED_TAGS -> {
                List<String> tags = new ArrayList<>(campaignTags);
                values.stream().filter(tag -> campaignTags.stream().noneMatch(tag::equalsIgnoreCase)).forEach(tags::add);
                yield a.withHashtags(tags, a.optionalHashtags());
            }
            case OPTIONAL_TAGS -> a.withHashtags(a.requiredHashtags(), values);
            case RELAY -> a.withRelayPosts(values.stream().map(RelayPost::new).toList());
            case END_DATE -> a.withEnds(one.map(LocalDate::parse));
        };
    }

    private static Localized with(Localized text, Language language, Optional<String> value) {
        Map<Language, String> changed = new EnumMap<>(Language.class);
        changed.putAll(text.texts());
        value.ifPresentOrElse(v -> changed.put(language, v), () -> changed.remove(language));
        return new Localized(changed);
    }

    private static List<String> text(Optional<String> value) {
        return value.map(List::of).orElse(List.of());
    }
}
