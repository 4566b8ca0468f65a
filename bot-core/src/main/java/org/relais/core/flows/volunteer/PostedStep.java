package org.relais.core.flows.volunteer;

import static org.relais.core.flows.States.CONFIRM_POSTED;
import static org.relais.core.flows.States.MENU;
import static org.relais.core.flows.States.READY;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.relais.core.campaign.Target;
import org.relais.core.chat.Button;
import org.relais.core.chat.Payload;
import org.relais.core.chat.Reply;
import org.relais.core.chat.RichText;
import org.relais.core.conversation.Draft;
import org.relais.core.engine.FlowTable;
import org.relais.core.engine.Next;
import org.relais.core.engine.Turn;
import org.relais.core.flows.States;
import org.relais.core.port.Completion;
import org.relais.core.port.Milestone;
import org.relais.core.text.Network;

/**
 * "I posted it": where (X comes ticked), then the completions are recorded per target and network,
 * without the volunteer's identity, and the draft is done. A network counts the targets the post
 * really reached there: the named ones on the social networks, those with a page on Facebook, those
 * with an address by e-mail; a post that named nobody counts once, with no target.
 */
final class PostedStep {
    private PostedStep() {}

    static Next begin(Turn turn) {
        Draft draft = turn.draft().orElseThrow();
        if (draft.postedOn().isEmpty()) {
            draft.postedOn().add(Network.X);
        }
        return Next.go(CONFIRM_POSTED);
    }

    static List<Network> offered(DraftView view) {
        List<Network> networks = new ArrayList<>(List.of(
                Network.X, Network.BLUESKY, Network.MASTODON, Network.THREADS, Network.FACEBOOK));
        if (view.selectedTargets().stream().anyMatch(option -> option.email().isPresent())) {
            networks.add(Network.EMAIL);
        }
        return networks;
    }

    static List<Reply> screen(Turn turn) {
        DraftView view = DraftView.of(turn);
        int posts = view.posts().size();
        RichText text = Steps.header(turn, view.action(), 5, "step.ready")
                .plain(turn.t(posts > 1 ? "posted.where_many" : "posted.where", posts));
        List<Button> buttons = new ArrayList<>();
        for (Network network : offered(view)) {
            String mark = view.draft().postedOn().contains(network) ? "✅ " : "⬜ ";
            buttons.add(turn.draftChoice(mark + turn.t("network." + network.id()), "n", network.id()));
        }
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < buttons.size(); i += 3) {
            rows.add(buttons.subList(i, Math.min(buttons.size(), i + 3)));
        }
        rows.add(List.of(turn.draftChoice(turn.t("posted.confirm"), "confirm")));
        rows.add(Steps.backAndMenu(turn, "bk7"));
        return List.of(Steps.reply(text, rows));
    }

    static Next toggle(Turn turn, Payload payload) {
        Optional<Network> network = Network.fromId(payload.arg()).filter(offered(DraftView.of(turn))::contains);
        if (network.isEmpty()) {
            return Next.stale();
        }
        var posted = turn.draft().orElseThrow().postedOn();
        if (!posted.remove(network.get())) {
            posted.add(network.get());
        }
        return Next.stay();
    }

    static Next confirm(Turn turn, Payload payload) {
        DraftView view = DraftView.of(turn);
        if (view.draft().postedOn().isEmpty()) {
            turn.sayKey("posted.none");
            return Next.stay();
        }
        for (Network network : view.draft().postedOn()) {
            List<String> names = reached(view, network);
            for (String name : names.isEmpty() ? List.of("") : names) {
                turn.tx().completions().add(new Completion(view.action().id(), name, network.id(), turn.today()));
            }
        }
        turn.tx().progress().record(turn.conversation().key(), view.action().id(), Milestone.POSTED, turn.now());
        turn.conversation().dropDraft();
        turn.sayKey("posted.thanks");
        return Next.go(MENU);
    }

    /**
     * The targets a post on this network reached: on X the handles it mentions; on the other networks
     * the names its text gives; on Facebook the targets whose page was offered; by e-mail the addresses.
     */
    static List<String> reached(DraftView view, Network network) {
        return view.selectedTargets().stream()
                .filter(option -> switch (network) {
                    case X -> option.handle().isPresent();
                    case EMAIL -> option.email().isPresent();
                    case FACEBOOK -> option.target().flatMap(Target::facebookPage).isPresent();
                    default -> option.name().isPresent();
                })
                .map(TargetOption::statsName)
                .toList();
    }

    static Next typed(Turn turn, String text) {
        return Steps.askedForSomethingElse(turn, text).orElseGet(() -> {
            turn.sayKey("ready.use_buttons");
            return Next.stay();
        });
    }

    static void declare(FlowTable.Builder flow) {
        flow.state(CONFIRM_POSTED, PostedStep::screen, s -> s.draftBound()
                .button("n", PostedStep::toggle)
                .button("confirm", PostedStep::confirm, MENU)
                .button("bk7", (turn, p) -> Next.go(READY), READY)
                .text(PostedStep::typed, States.GUIDE, States.TIPS, States.RELAY));
    }
}
