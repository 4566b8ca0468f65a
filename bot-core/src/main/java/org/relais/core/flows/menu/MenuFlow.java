package org.relais.core.flows.menu;

import static org.relais.core.flows.States.GUIDE;
import static org.relais.core.flows.States.MENU;
import static org.relais.core.flows.States.RELAY;
import static org.relais.core.flows.States.TIPS;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.relais.core.chat.RichText;
import org.relais.core.engine.FlowTable;
import org.relais.core.engine.Next;
import org.relais.core.engine.Turn;
import org.relais.core.flows.Commands;
import org.relais.core.flows.guide.GuideFlow;
import org.relais.core.i18n.Language;

/** The menu, and the free-text answers shared by the states that are not part of a draft. */
public final class MenuFlow {
    public static final String NAME = "menu";

    private MenuFlow() {}

    public static FlowTable table() {
        return FlowTable.builder(NAME)
                .state(MENU, MenuScreen::render, s -> s.text(MenuFlow::freeText, MENU, GUIDE, TIPS, RELAY))
                .state(RELAY, RelayScreen::render, s -> s.text(MenuFlow::freeText, MENU, GUIDE, TIPS, RELAY))
                .build();
    }

    /** Free text where no step expects any: the guide, tips or relaying if asked, else help and the menu. */
    public static Next freeText(Turn turn, String text) {
        return answer(turn, text, false).orElseGet(() -> {
            turn.sayKey("text.not_understood");
            return MENU.equals(turn.conversation().state()) ? Next.stay() : Next.go(MENU);
        });
    }

    /**
     * Answers free text that asks for something whatever the step: the guide, tips, relaying, help,
     * a greeting or thanks. Within a draft, help and courtesy keep the step; elsewhere they show the menu.
     *
     * @return empty when the text asks for none of these
     */
    public static Optional<Next> answer(Turn turn, String text, boolean keepStep) {
        Next here = keepStep || MENU.equals(turn.conversation().state()) ? Next.stay() : Next.go(MENU);
        switch (Intents.of(text)) {
            case GUIDE:
                turn.conversation().setGuidePosition(GuideFlow.INDEX);
                return Optional.of(Next.go(GUIDE));
            case TIPS:
                return Optional.of(Next.go(TIPS));
            case RELAY:
                return Optional.of(Next.go(RELAY));
            case MENU:
                // Within a draft the step's own "Menu" button says where the draft goes; typed, it is a hint.
                return keepStep ? Optional.empty() : Optional.of(Next.go(MENU));
            case GREETING:
                turn.sayKey("welcome.hello");
                return Optional.of(here);
            case THANKS:
                turn.sayKey("welcome.thanks");
                return Optional.of(here);
            case HELP:
                turn.say(help(turn));
                return Optional.of(here);
            default:
                return Optional.empty();
        }
    }

    /**
     * What the bot does, and its commands in the person's language, with the other language's names;
     * a coordinator's own commands too, for coordinators only.
     */
    public static RichText help(Turn turn) {
        RichText text = new RichText().bold(turn.t("help.title")).line().plain(turn.t("help.intro")).paragraph();
        List<String> aliases = new ArrayList<>();
        text.plain(describe(turn, Commands.forEveryone(), aliases));
        if (turn.isCoordinator()) {
            text.paragraph().bold(turn.t("help.coordinators")).line().plain(describe(turn, Commands.forCoordinators(), aliases));
        }
        text.paragraph().plain(turn.t("help.aliases", String.join(", ", aliases)));
        return text;
    }

    /** One line per command; the other language's names go to {@code aliases}. */
    private static String describe(Turn turn, List<Commands> commands, List<String> aliases) {
        Language other = turn.language() == Language.FR ? Language.EN : Language.FR;
        List<String> lines = new ArrayList<>();
        for (Commands command : commands) {
            lines.add("/" + command.name(turn.language()) + " — " + turn.t(command.descriptionKey()));
            if (!command.name(other).equals(command.name(turn.language()))) {
                aliases.add("/" + command.name(other));
            }
        }
        return String.join("\n", lines);
    }
}
