package org.relais.core.flows.volunteer;

import static org.relais.core.flows.States.CHOOSE_HASHTAGS;
import static org.relais.core.flows.States.EDIT_TEXT;
import static org.relais.core.flows.States.READY;
import static org.relais.core.flows.States.REVIEW;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.relais.core.chat.Button;
import org.relais.core.chat.Labels;
import org.relais.core.chat.Payload;
import org.relais.core.chat.Reply;
import org.relais.core.chat.RichText;
import org.relais.core.engine.FlowTable;
import org.relais.core.engine.Next;
import org.relais.core.engine.Turn;
import org.relais.core.flows.States;
import org.relais.core.port.Milestone;
import org.relais.core.text.Lengths;
import org.relais.core.text.Measure;

/**
 * Step 4: the message and its length under the action's X rule, then the text for the other
 * networks with its lengths on Bluesky, Mastodon and Threads. Over the X limit, the ways out are
 * buttons: drop an optional hashtag, drop a target, edit the text, or one message per target.
 */
final class ReviewStep {
    private ReviewStep() {}

    static List<Reply> screen(Turn turn) {
        DraftView view = DraftView.of(turn);
        RichText text = Steps.header(turn, view.action(), 4, "step.review");
        List<DraftView.Post> posts = view.posts();
        text.plain(turn.t(posts.size() > 1 ? "review.intro_many" : "review.intro", posts.size()));
        for (DraftView.Post post : posts) {
            text.paragraph();
            post.target().ifPresent(target -> text.bold(target.label()).line());
            text.code(post.text()).line();
            describeX(turn, view, post.text(), text);
        }
        String other = view.otherNetworksText();
        text.paragraph().plain(turn.t("review.other_networks")).line().code(other).line().plain(others(turn, other));
        List<List<Button>> rows = new ArrayList<>();
        if (view.allFitOnX()) {
            rows.add(List.of(turn.draftChoice(turn.t("review.ok"), "ok")));
        } else {
            text.paragraph().plain(turn.t("review.ways_out"));
            addWaysOut(turn, view, rows);
        }
        if (view.draft().onePerTarget() && posts.size() > 1) {
            rows.add(List.of(turn.draftChoice(turn.t("review.join"), "join")));
        }
        rows.add(List.of(turn.draftChoice(turn.t("review.edit"), "edit")));
        rows.add(Steps.backAndMenu(turn, "bk4"));
        return List.of(Steps.reply(text, rows));
    }

    /** "X : 187 / 280 ✓", or by how much it is over. */
    static void describeX(Turn turn, DraftView view, String post, RichText text) {
        Measure x = view.onX(post);
        String rule = turn.t("rule." + view.action().lengthRule().id());
        if (x.fits()) {
            text.plain(turn.t("length.x_ok", rule, x.length(), x.limit()));
        } else {
            text.bold(turn.t("length.x_over", rule, x.length(), x.limit(), x.over()));
        }
    }

    /** "Bluesky : 190 / 300 ✓ · Mastodon : … · Threads : …". */
    static String others(Turn turn, String text) {
        return String.join(" · ", List.of(
                other(turn, Lengths.bluesky(text)), other(turn, Lengths.mastodon(text)), other(turn, Lengths.threads(text))));
    }

    static String other(Turn turn, Measure measure) {
        String name = turn.t("network." + measure.network().id());
        return turn.t(measure.fits() ? "length.other_ok" : "length.other_over", name, measure.length(), measure.limit());
    }

    /** Only what would change the text: nothing the volunteer wrote into it themselves. */
    private static void addWaysOut(Turn turn, DraftView view, List<List<Button>> rows) {
        List<Button> drops = new ArrayList<>();
        for (HashtagOption option : view.hashtagOptions()) {
            if (view.isSelected(option) && !option.inText()) {
                drops.add(turn.draftChoice(Labels.shorten(turn.t("review.drop", "#" + option.tag()), 40), "dh",
                        Integer.toString(option.index())));
            }
        }
        for (TargetOption option : view.selectedTargets()) {
            if (option.handle().isPresent() && !option.inText()) {
                drops.add(turn.draftChoice(Labels.shorten(turn.t("review.drop", "@" + option.handle().get()), 40), "dt",
                        Integer.toString(option.index())));
            }
        }
        for (int i = 0; i < drops.size(); i += 2) {
            rows.add(drops.subList(i, Math.min(drops.size(), i + 2)));
        }
        if (!view.draft().onePerTarget() && view.canSplit()) {
            rows.add(List.of(turn.draftChoice(turn.t("review.split", view.postsPerTarget().size()), "split")));
        }
    }

    static Next dropHashtag(Turn turn, Payload payload) {
        DraftView view = DraftView.of(turn);
        Optional<HashtagOption> option = view.hashtagOptions().stream().filter(o -> o.index() == payload.index()).findFirst();
        if (option.isEmpty() || option.get().inText() || !view.draft().hashtags().remove(option.get().key())) {
            return Next.stale();
        }
        turn.notice(turn.t("notice.removed", "#" + option.get().tag()));
        return Next.stay();
    }

    static Next dropTarget(Turn turn, Payload payload) {
        DraftView view = DraftView.of(turn);
        Optional<TargetOption> option = view.targetOptions().stream().filter(o -> o.index() == payload.index()).findFirst();
        if (option.isEmpty() || option.get().inText() || !view.draft().targets().remove(option.get().key())) {
            return Next.stale();
        }
        turn.notice(turn.t("notice.removed", option.get().label()));
        return Next.stay();
    }

    static Next split(Turn turn, Payload payload) {
        if (!DraftView.of(turn).canSplit()) {
            return Next.stale();
        }
        turn.draft().orElseThrow().setOnePerTarget(true);
        return Next.stay();
    }

    static Next join(Turn turn, Payload payload) {
        turn.draft().orElseThrow().setOnePerTarget(false);
        return Next.stay();
    }

    /** Ready only when every message fits the X rule: a message called ready must post as it is. */
    static Next ok(Turn turn, Payload payload) {
        DraftView view = DraftView.of(turn);
        if (!view.allFitOnX()) {
            return Next.stale();
        }
        turn.tx().progress().record(turn.conversation().key(), view.action().id(), Milestone.READY, turn.now());
        return Next.go(READY);
    }

    static Next typed(Turn turn, String text) {
        return Steps.askedForSomethingElse(turn, text).orElseGet(() -> {
            turn.sayKey("review.use_buttons");
            return Next.stay();
        });
    }

    static List<Reply> editScreen(Turn turn) {
        DraftView view = DraftView.of(turn);
        RichText text = Steps.header(turn, view.action(), 4, "step.review")
                .plain(turn.t("edit.prompt"))
                .paragraph()
                .code(view.draft().body());
        return List.of(Steps.reply(text, List.of(Steps.backAndMenu(turn, "bk5"))));
    }

    static Next edited(Turn turn, String text) {
        return WordingStep.acceptText(turn, text) ? Next.go(REVIEW) : Next.stay();
    }

    static void declare(FlowTable.Builder flow) {
        flow.state(REVIEW, ReviewStep::screen, s -> s.draftBound()
                .button("ok", ReviewStep::ok, READY)
                .button("dh", ReviewStep::dropHashtag)
                .button("dt", ReviewStep::dropTarget)
                .button("split", ReviewStep::split)
                .button("join", ReviewStep::join)
                .button("edit", (turn, p) -> Next.go(EDIT_TEXT), EDIT_TEXT)
                .button("bk4", (turn, p) -> Next.go(CHOOSE_HASHTAGS), CHOOSE_HASHTAGS)
                .text(ReviewStep::typed, States.GUIDE, States.TIPS, States.RELAY));
        flow.state(EDIT_TEXT, ReviewStep::editScreen, s -> s.draftBound()
                .button("bk5", (turn, p) -> Next.go(REVIEW), REVIEW)
                .text(ReviewStep::edited, REVIEW));
    }
}
