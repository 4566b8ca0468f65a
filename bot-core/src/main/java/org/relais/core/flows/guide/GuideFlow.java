package org.relais.core.flows.guide;

import static org.relais.core.flows.States.GUIDE;
import static org.relais.core.flows.States.MENU;
import static org.relais.core.flows.States.RELAY;
import static org.relais.core.flows.States.TIPS;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relais.core.chat.Button;
import org.relais.core.chat.Payload;
import org.relais.core.chat.Reply;
import org.relais.core.chat.RichText;
import org.relais.core.engine.FlowTable;
import org.relais.core.engine.Next;
import org.relais.core.engine.Turn;
import org.relais.core.flows.menu.Intents;
import org.relais.core.flows.menu.MenuFlow;
import org.relais.core.i18n.Messages;

/**
 * The guide "Lier Facebook et Twitter" from the campaign's document: three procedures (A: Facebook
 * to Twitter; B: Twitter to a personal profile; C: Twitter to a page you administer), one step per
 * screen with next and back, and the campaign's tips. The steps live in the bundles as
 * {@code guide.a.1}, {@code guide.a.2}, …; adding a step is adding a line there.
 *
 * <p>Guide buttons carry an absolute position ({@code g:b2}), so a button on an old message still
 * opens the right page; within the guide, paging edits the message in place.
 */
public final class GuideFlow {
    public static final String NAME = "guide";
    public static final String INDEX = "index";
    static final List<String> PROCEDURES = List.of("a", "b", "c");
    private static final Pattern POSITION = Pattern.compile("([abc])([1-9][0-9]?)");

    private GuideFlow() {}

    public static FlowTable table() {
        return FlowTable.builder(NAME)
                .state(GUIDE, GuideFlow::screen, s -> s
                        .button("g", GuideFlow::page)
                        .text(GuideFlow::typed, MENU, GUIDE, TIPS, RELAY))
                .state(TIPS, GuideFlow::tips, s -> s.text(MenuFlow::freeText, MENU, GUIDE, TIPS, RELAY))
                .build();
    }

    /** Within the guide: turn the page (the message is edited in place). */
    static Next page(Turn turn, Payload payload) {
        if (!isPosition(turn, payload.arg())) {
            return Next.stale();
        }
        turn.conversation().setGuidePosition(payload.arg());
        return Next.stay();
    }

    /** "suivant", "next", "retour", "back", "sommaire"… typed in the guide turn the page too. */
    static Next typed(Turn turn, String text) {
        String word = Intents.normalize(text).replaceAll("[.!]+$", "");
        String position = turn.conversation().guidePosition();
        Matcher m = POSITION.matcher(position);
        if (List.of("sommaire", "contents", "menu du guide").contains(word)) {
            turn.conversation().setGuidePosition(INDEX);
            return Next.stay();
        }
        if (m.matches() && isPosition(turn, position)) {
            String procedure = m.group(1);
            int step = Integer.parseInt(m.group(2));
            if (List.of("suivant", "next", "ok", "continuer", "continue").contains(word)) {
                turn.conversation().setGuidePosition(step < steps(turn, procedure).size() ? procedure + (step + 1) : INDEX);
                return Next.stay();
            }
            if (List.of("precedent", "previous", "retour", "back").contains(word)) {
                turn.conversation().setGuidePosition(step > 1 ? procedure + (step - 1) : INDEX);
                return Next.stay();
            }
        } else if (PROCEDURES.contains(word)) {
            turn.conversation().setGuidePosition(word + "1");
            return Next.stay();
        }
        return MenuFlow.freeText(turn, text);
    }

    /** From anywhere: open the guide at a position. */
    public static Next open(Turn turn, Payload payload) {
        if (!isPosition(turn, payload.arg())) {
            return Next.stale();
        }
        turn.conversation().setGuidePosition(payload.arg());
        return Next.go(GUIDE);
    }

    static boolean isPosition(Turn turn, String position) {
        if (INDEX.equals(position)) {
            return true;
        }
        Matcher m = POSITION.matcher(position);
        return m.matches() && Integer.parseInt(m.group(2)) <= steps(turn, m.group(1)).size();
    }

    static List<String> steps(Turn turn, String procedure) {
        return Messages.numbered(turn.language(), "guide." + procedure);
    }

    static List<Reply> screen(Turn turn) {
        String position = turn.conversation().guidePosition();
        Matcher m = POSITION.matcher(position);
        if (!m.matches() || !isPosition(turn, position)) {
            return index(turn);
        }
        String procedure = m.group(1);
        int step = Integer.parseInt(m.group(2));
        List<String> steps = steps(turn, procedure);
        RichText text = new RichText()
                .bold(turn.t("guide." + procedure + ".title"))
                .line()
                .plain(turn.t("guide.step", step, steps.size()))
                .paragraph()
                .plain(steps.get(step - 1));
        List<Button> nav = new ArrayList<>();
        nav.add(turn.choice(turn.t("guide.previous"), "g", step == 1 ? INDEX : procedure + (step - 1)));
        nav.add(step < steps.size()
                ? turn.choice(turn.t("guide.next"), "g", procedure + (step + 1))
                : turn.choice(turn.t("guide.done"), "g", INDEX));
        List<List<Button>> rows = List.of(nav, List.of(
                turn.choice(turn.t("guide.contents"), "g", INDEX), turn.choice(turn.t("button.menu"), "menu")));
        return List.of(new Reply(text.spans(), rows, false));
    }

    static List<Reply> index(Turn turn) {
        RichText text = new RichText()
                .bold(turn.t("guide.title"))
                .paragraph()
                .plain(turn.t("guide.intro"))
                .paragraph()
                .plain(turn.t("guide.caveat"));
        List<List<Button>> rows = new ArrayList<>();
        for (String procedure : PROCEDURES) {
            rows.add(List.of(turn.choice(turn.t("guide." + procedure + ".button"), "g", procedure + "1")));
        }
        rows.add(List.of(turn.choice(turn.t("menu.tips"), "tips"), turn.choice(turn.t("button.menu"), "menu")));
        return List.of(new Reply(text.spans(), rows, false));
    }

    static List<Reply> tips(Turn turn) {
        RichText text = new RichText().bold(turn.t("tips.title")).paragraph();
        List<String> tips = Messages.numbered(turn.language(), "tips");
        for (int i = 0; i < tips.size(); i++) {
            text.plain("• " + tips.get(i));
            if (i + 1 < tips.size()) {
                text.paragraph();
            }
        }
        List<List<Button>> rows = List.of(List.of(
                turn.choice(turn.t("menu.guide"), "g", INDEX), turn.choice(turn.t("button.menu"), "menu")));
        return List.of(new Reply(text.spans(), rows, false));
    }
}
