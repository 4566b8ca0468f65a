package org.relais.core.flows.menu;

import static org.relais.core.flows.States.CHOOSE_LANGUAGE;
import static org.relais.core.flows.States.CONFIRM_FORGET;
import static org.relais.core.flows.States.GUIDE;
import static org.relais.core.flows.States.MENU;
import static org.relais.core.flows.States.RELAY;
import static org.relais.core.flows.States.TIPS;

import java.util.List;
import java.util.Optional;
import org.relais.core.chat.Payload;
import org.relais.core.chat.Reply;
import org.relais.core.chat.RichText;
import org.relais.core.engine.FlowTable;
import org.relais.core.engine.Next;
import org.relais.core.engine.StateSpec;
import org.relais.core.engine.Turn;
import org.relais.core.i18n.Language;

/** The person's own settings: their language, and forgetting everything stored about them. */
public final class SettingsFlow {
    public static final String NAME = "settings";

    private SettingsFlow() {}

    public static FlowTable table() {
        return FlowTable.builder(NAME)
                .state(CHOOSE_LANGUAGE, SettingsFlow::languageScreen, s -> s.modal()
                        .button("l", SettingsFlow::chooseLanguage, StateSpec.PREVIOUS)
                        .text(SettingsFlow::languageTyped, StateSpec.PREVIOUS, MENU, GUIDE, TIPS, RELAY))
                .state(CONFIRM_FORGET, SettingsFlow::forgetScreen, s -> s.modal()
                        .button("yes", SettingsFlow::forget, MENU)
                        .button("no", SettingsFlow::keep, StateSpec.PREVIOUS)
                        .text(SettingsFlow::forgetTyped, MENU, StateSpec.PREVIOUS))
                .build();
    }

    static List<Reply> languageScreen(Turn turn) {
        RichText text = new RichText().plain(turn.t("language.prompt"));
        return List.of(new Reply(text.spans(), List.of(List.of(
                turn.choice("Français", "l", "fr"), turn.choice("English", "l", "en"))), false));
    }

    /** In the chooser: set the language and go back where the person was, now in that language. */
    static Next chooseLanguage(Turn turn, Payload payload) {
        return setLanguage(turn, payload.arg()) ? Next.back() : Next.stale();
    }

    /** "English", "français"… typed in the chooser; anything else is answered as free text. */
    static Next languageTyped(Turn turn, String text) {
        Optional<Language> wanted = parse(text);
        if (wanted.isPresent()) {
            setLanguage(turn, wanted.get().code());
            return Next.back();
        }
        return MenuFlow.freeText(turn, text);
    }

    /** Anywhere else ({@code l:en} on the menu): set it and show the same step in the new language. */
    public static Next switchLanguage(Turn turn, Payload payload) {
        return setLanguage(turn, payload.arg()) ? Next.stay() : Next.stale();
    }

    /** {@code /langue}, {@code /langue en}, {@code /language français}. */
    public static Next languageCommand(Turn turn, String args) {
        if (args.isBlank()) {
            return Next.go(CHOOSE_LANGUAGE);
        }
        Optional<Language> wanted = parse(args);
        if (wanted.isEmpty()) {
            turn.sayKey("language.unknown", args);
            return Next.go(CHOOSE_LANGUAGE);
        }
        setLanguage(turn, wanted.get().code());
        return Next.stay();
    }

    /** The names people give a language, in either language; nothing looser ("enfin" is not English). */
    private static Optional<Language> parse(String args) {
        return switch (Intents.normalize(args)) {
            case "fr", "francais", "french", "fr-ca", "fr_ca" -> Optional.of(Language.FR);
            case "en", "english", "anglais", "en-ca", "en_ca", "en-us", "en_us" -> Optional.of(Language.EN);
            default -> Optional.empty();
        };
    }

    private static boolean setLanguage(Turn turn, String code) {
        Optional<Language> language = Language.fromTag(code);
        language.ifPresent(l -> {
            turn.conversation().setLanguage(l, true);
            turn.notice(turn.t("language.set"));
        });
        return language.isPresent();
    }

    static List<Reply> forgetScreen(Turn turn) {
        RichText text = new RichText().bold(turn.t("forget.title")).paragraph().plain(turn.t("forget.explain"));
        return List.of(new Reply(text.spans(), List.of(List.of(
                turn.choice(turn.t("forget.yes"), "yes"), turn.choice(turn.t("forget.no"), "no"))), false));
    }

    static Next forget(Turn turn, Payload payload) {
        turn.conversation().forget();
        turn.conversation().dropDraft();
        turn.tx().progress().deleteUser(turn.conversation().key());
        turn.sayKey("forget.done");
        return Next.go(MENU);
    }

    static Next keep(Turn turn, Payload payload) {
        turn.sayKey("forget.kept");
        return Next.back();
    }

    /** "oui" and "non" typed are answers too. */
    static Next forgetTyped(Turn turn, String text) {
        String answer = Intents.normalize(text).replaceAll("[.!]+$", "");
        if (List.of("oui", "yes", "oui, tout effacer").contains(answer)) {
            return forget(turn, null);
        }
        if (List.of("non", "no", "non, garder").contains(answer)) {
            return keep(turn, null);
        }
        turn.sayKey("forget.use_buttons");
        return Next.stay();
    }
}
