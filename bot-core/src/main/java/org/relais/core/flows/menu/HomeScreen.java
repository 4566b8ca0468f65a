package org.relais.core.flows.menu;

import java.util.ArrayList;
import java.util.List;
import org.relais.core.campaign.Action;
import org.relais.core.chat.Button;
import org.relais.core.chat.Labels;
import org.relais.core.chat.Reply;
import org.relais.core.chat.RichText;
import org.relais.core.engine.Turn;

/**
 * A platform's home view (Slack's App Home): the active actions, each with a button that opens the
 * private conversation on it, the person's own progress, and the guide and tips. Its buttons are
 * start buttons: a home view is not a conversation, so pressing one starts (or resumes) it in private.
 */
public final class HomeScreen {
    private static final int LABEL = 60;
    private static final int DESCRIPTION = 280;

    private HomeScreen() {}

    public static List<Reply> render(Turn turn) {
        RichText text = new RichText().bold(turn.t("menu.title", turn.campaign().name().in(turn.language())));
        List<Action> actions = turn.activeActions();
        text.paragraph().plain(turn.t(actions.isEmpty() ? "menu.no_action" : "home.intro"));
        List<List<Button>> rows = new ArrayList<>();
        for (Action action : actions) {
            String title = action.title().in(turn.language());
            text.paragraph().bold("📣 " + title).line().plain(Labels.shorten(action.description().in(turn.language()), DESCRIPTION));
            rows.add(List.of(new Button.Start(Labels.shorten(turn.t("home.compose", title), LABEL),
                    Entry.ACTION_LINK_PREFIX + action.id())));
        }
        MenuScreen.progress(turn, text);
        rows.add(List.of(new Button.Start(turn.t("menu.guide"), Entry.GUIDE_LINK), new Button.Start(turn.t("menu.tips"), Entry.TIPS_LINK)));
        return List.of(new Reply(text.spans(), rows, false));
    }
}
