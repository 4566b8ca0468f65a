package org.relais.core.flows;

import java.util.List;
import java.util.stream.Stream;
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
    FORGET("oublier", "forget"),
    BROADCAST("diffuser", "broadcast", true),
    ACTIONS("actions", "actions", true),
    STATS("stats", "stats", true),
    SUBSCRIBE("abonner", "subscribe", true),
    UNSUBSCRIBE("desabonner", "unsubscribe", true),
    COORDINATOR("coordinateur", "coordinator", true),
    NEW_ACTION("nouvelle_action", "newaction", true);

    private final String french;
    private final String english;
    private final boolean coordinatorsOnly;

    Commands(String french, String english) {
        this(french, english, false);
    }

    Commands(String french, String english, boolean coordinatorsOnly) {
        this.french = french;
        this.english = english;
        this.coordinatorsOnly = coordinatorsOnly;
    }

    /** The engine refuses these to anyone who is not a coordinator; command menus show them to coordinators only. */
    public boolean coordinatorsOnly() {
        return coordinatorsOnly;
    }

    /** What everybody sees in the command menus and in help. */
    public static List<Commands> forEveryone() {
        return Stream.of(values()).filter(command -> !command.coordinatorsOnly).toList();
    }

    /** The coordinators' own commands. */
    public static List<Commands> forCoordinators() {
        return Stream.of(values()).filter(Commands::coordinatorsOnly).toList();
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
