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
import org.relais.core.engine.Turn;
import org.relais.core.i18n.Language;

/** The person's own settings: their language, and forgetting everything stored about them. */
public final class SettingsFlow {
    public static final String NAME = "settings";

    private SettingsFlow() {}

    public static FlowTable table() {
        return FlowTable.builder(NAME)
                .state(CHOOSE_LANGUAGE, SettingsFlow::languageScreen, s -> s
                        .button("l", SettingsFlow::chooseLanguage, MENU)
                        .text(MenuFlow::freeText, MENU, GUIDE, TIPS, RELAY))
                .state(CONFIRM_FORGET, SettingsFlow::forgetScreen, s -> s
                        .button("yes", SettingsFlow::forget, MENU)
                        .button("no", SettingsFlow::keep, MENU)
                        .text(SettingsFlow::forgetTyped))
                .build();
    }

    static List<Reply> languageScreen(Turn turn) {
        RichText text = new RichText().plain(turn.t("language.prompt"));
        return List.of(new Reply(text.spans(), List.of(List.of(
                turn.choice("🇫🇷 Français", "l", "fr"), turn.choice("🇬🇧 English", "l", "en"))), false));
    }

    /** In the chooser: set the language and go to the menu, now in that language. */
    static Next chooseLanguage(Turn turn, Payload payload) {
        return setLanguage(turn, payload.arg()) ? Next.go(MENU) : Next.stale();
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

    private static Optional<Language> parse(String args) {
        String word = Intents.normalize(args);
        if (word.startsWith("fr")) {
            return Optional.of(Language.FR);
        }
        if (word.startsWith("en") || word.startsWith("an")) {
            return Optional.of(Language.EN);
        }
        return Language.fromTag(word);
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
        return Next.go(MENU);
    }

    static Next forgetTyped(Turn turn, String text) {
        turn.sayKey("forget.use_buttons");
        return Next.stay();
    }
}
