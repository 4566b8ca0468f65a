package org.relais.core.flows.menu;

import static org.relais.core.flows.States.GUIDE;
import static org.relais.core.flows.States.MENU;
import static org.relais.core.flows.States.RELAY;
import static org.relais.core.flows.States.TIPS;

import java.util.List;
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
        switch (Intents.of(text)) {
            case GUIDE:
                turn.conversation().setGuidePosition(GuideFlow.INDEX);
                return Next.go(GUIDE);
            case TIPS:
                return Next.go(TIPS);
            case RELAY:
                return Next.go(RELAY);
            case GREETING:
                turn.sayKey("welcome.hello");
                return Next.go(MENU);
            case HELP:
                turn.say(help(turn));
                return Next.go(MENU);
            default:
                turn.sayKey("text.not_understood");
                return Next.go(MENU);
        }
    }

    /** What the bot does, and its commands in the person's language. */
    public static RichText help(Turn turn) {
        RichText text = new RichText().bold(turn.t("help.title")).line().plain(turn.t("help.intro")).paragraph();
        List<String> lines = new java.util.ArrayList<>();
        for (Commands command : Commands.values()) {
            lines.add("/" + command.name(turn.language()) + " — " + turn.t(command.descriptionKey()));
        }
        text.plain(String.join("\n", lines));
        Language other = turn.language() == Language.FR ? Language.EN : Language.FR;
        text.paragraph().plain(turn.t("help.aliases", other == Language.EN ? "/cancel, /language, /forget" : "/annuler, /langue, /oublier"));
        return text;
    }
}
