package org.relais.core.flows.menu;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.relais.core.campaign.Action;
import org.relais.core.chat.Button;
import org.relais.core.chat.Labels;
import org.relais.core.chat.Reply;
import org.relais.core.chat.RichText;
import org.relais.core.engine.Turn;
import org.relais.core.flows.volunteer.VolunteerFlow;
import org.relais.core.i18n.Language;
import org.relais.core.port.Milestone;
import org.relais.core.port.Progress;

/** The menu: the active actions, a way back into an unfinished draft, the guide, tips and language. */
final class MenuScreen {
    private static final int LABEL = 60;

    private MenuScreen() {}

    static List<Reply> render(Turn turn) {
        RichText text = new RichText().bold(turn.t("menu.title", turn.campaign().name().in(turn.language())));
        List<Action> actions = turn.activeActions();
        text.paragraph().plain(turn.t(actions.isEmpty() ? "menu.no_action" : "menu.intro"));
        progress(turn, text);
        List<List<Button>> rows = new ArrayList<>();
        for (Action action : actions) {
            rows.add(List.of(turn.choice(Labels.shorten("📣 " + action.title().in(turn.language()), LABEL), "a", action.id())));
        }
        Optional<String> resume = VolunteerFlow.resumeLabel(turn);
        resume.ifPresent(title -> rows.add(List.of(turn.choice(Labels.shorten(turn.t("menu.resume", title), LABEL), "resume"))));
        rows.add(List.of(turn.choice(turn.t("menu.guide"), "g", "index"), turn.choice(turn.t("menu.tips"), "tips")));
        if (actions.stream().anyMatch(action -> !action.relayPosts().isEmpty())) {
            rows.add(List.of(turn.choice(turn.t("menu.relay"), "relay")));
        }
        Language other = turn.language() == Language.FR ? Language.EN : Language.FR;
        rows.add(List.of(turn.choice(turn.t("menu.switch_language." + other.code()), "l", other.code())));
        return List.of(new Reply(text.spans(), rows, false));
    }

    /** "Already done: ✅ PSOC · 📝 MNA": the volunteer's own progress, nobody else's. */
    static void progress(Turn turn, RichText text) {
        List<String> done = new ArrayList<>();
        for (Progress progress : turn.tx().progress().forUser(turn.conversation().key())) {
            turn.campaign().action(progress.actionId()).ifPresent(action -> {
                String mark = progress.furthest() == Milestone.POSTED ? "✅ " : "📝 ";
                done.add(mark + action.title().in(turn.language()));
            });
        }
        if (!done.isEmpty()) {
            text.paragraph().plain(turn.t("menu.progress", String.join(" · ", done)));
        }
    }
}
