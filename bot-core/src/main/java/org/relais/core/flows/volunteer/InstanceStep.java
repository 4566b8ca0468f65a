package org.relais.core.flows.volunteer;

import static org.relais.core.flows.States.ASK_INSTANCE;
import static org.relais.core.flows.States.READY;

import java.util.List;
import org.relais.core.chat.Reply;
import org.relais.core.chat.RichText;
import org.relais.core.engine.FlowTable;
import org.relais.core.engine.Next;
import org.relais.core.engine.Turn;
import org.relais.core.text.Checked;
import org.relais.core.text.Instances;

/** Mastodon has no server-independent share link: the volunteer says once where their account lives. */
final class InstanceStep {
    private InstanceStep() {}

    static List<Reply> screen(Turn turn) {
        DraftView view = DraftView.of(turn);
        RichText text = Steps.header(turn, view.action(), 5, "step.ready").plain(turn.t("instance.prompt"));
        turn.conversation().mastodonInstance().ifPresent(current -> text.paragraph().plain(turn.t("instance.current", current)));
        return List.of(Steps.reply(text, List.of(Steps.backAndMenu(turn, "bk8"))));
    }

    static Next typed(Turn turn, String text) {
        Checked checked = Instances.check(text);
        if (checked instanceof Checked.Rejected rejected) {
            turn.sayKey(rejected.reasonKey(), rejected.args().toArray());
            return Next.stay();
        }
        String instance = ((Checked.Accepted) checked).value();
        turn.conversation().setMastodonInstance(instance);
        turn.sayKey("instance.saved", instance);
        return Next.go(READY);
    }

    static void declare(FlowTable.Builder flow) {
        flow.state(ASK_INSTANCE, InstanceStep::screen, s -> s.draftBound()
                .button("bk8", (turn, p) -> Next.go(READY), READY)
                .text(InstanceStep::typed, READY));
    }
}
