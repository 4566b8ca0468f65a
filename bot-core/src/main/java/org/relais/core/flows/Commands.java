package org.relais.core.flows;

import java.util.List;
import org.relais.core.i18n.Language;

/**
 * The commands people can type, French name first and English alias. Adapters list them for the
 * platform's command menu (Telegram {@code setMyCommands} per language) with the description key.
 */
public enum Commands {
    MENU("menu", "menu"),
    GUIDE("guide", "guide"),
    TIPS("conseils", "tips"),
    RELAY("relayer", "relay"),
    CANCEL("annuler", "cancel"),
    LANGUAGE("langue", "language"),
    HELP("aide", "help"),
    FORGET("oublier", "forget");

    private final String french;
    private final String english;

    Commands(String french, String english) {
        this.french = french;
        this.english = english;
    }

    /** Both names, French first; the same when the two languages agree. */
    public List<String> names() {
        return french.equals(english) ? List.of(french) : List.of(french, english);
    }

    public String name(Language language) {
        return language == Language.FR ? french : english;
    }

    /** Message key of the one-line description shown in command menus and in help. */
    public String descriptionKey() {
        return "command." + french;
    }
}
