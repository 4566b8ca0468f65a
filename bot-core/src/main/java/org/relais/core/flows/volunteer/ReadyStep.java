package org.relais.core.flows.volunteer;

import static org.relais.core.flows.States.ASK_INSTANCE;
import static org.relais.core.flows.States.CONFIRM_POSTED;
import static org.relais.core.flows.States.READY;
import static org.relais.core.flows.States.REVIEW;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.relais.core.campaign.Action;
import org.relais.core.campaign.RelayPost;
import org.relais.core.campaign.Target;
import org.relais.core.chat.Button;
import org.relais.core.chat.Reply;
import org.relais.core.chat.RichText;
import org.relais.core.engine.FlowTable;
import org.relais.core.engine.Next;
import org.relais.core.engine.Turn;
import org.relais.core.text.Lengths;
import org.relais.core.text.Measure;
import org.relais.core.text.ShareLinks;

/**
 * Step 5: the message, ready. Link buttons open each network's composer with the text filled in
 * (only where the text fits that network); Facebook forbids pre-filled text, so the text is given to
 * copy with the target's page; targets with an address get a ready e-mail (in the text: Telegram
 * buttons cannot hold {@code mailto:}); the action's relay posts get retweet and like links.
 */
final class ReadyStep {
    private ReadyStep() {}

    static List<Reply> screen(Turn turn) {
        DraftView view = DraftView.of(turn);
        List<DraftView.Post> posts = view.posts();
        List<Reply> replies = new ArrayList<>();
        RichText intro = Steps.header(turn, view.action(), 5, "step.ready")
                .plain(turn.t(posts.size() > 1 ? "ready.intro_many" : "ready.intro", posts.size()));
        for (int i = 0; i < posts.size(); i++) {
            DraftView.Post post = posts.get(i);
            RichText text = i == 0 ? intro.paragraph() : new RichText();
            post.target().ifPresent(target -> text.bold(target.label()).line());
            text.code(post.text()).line();
            Measure x = view.onX(post.text());
            text.plain(turn.t("length.x_ok", turn.t("rule." + view.action().lengthRule().id()), x.length(), x.limit()));
            replies.add(Steps.reply(text, networkButtons(turn, post.text(), text)));
        }
        RichText after = new RichText();
        facebookAndEmail(turn, view, after);
        List<List<Button>> rows = new ArrayList<>(relayButtons(turn, view.action(), after));
        after.paragraph().plain(turn.t("ready.then"));
        rows.add(List.of(turn.draftChoice(turn.t("ready.posted"), "posted")));
        List<Button> last = new ArrayList<>();
        if (turn.conversation().mastodonInstance().isPresent()) {
            last.add(turn.draftChoice(turn.t("ready.change_instance"), "instance"));
        }
        last.add(turn.draftChoice(turn.t("ready.edit"), "back"));
        last.add(turn.choice(turn.t("button.menu"), "menu"));
        rows.add(last);
        replies.add(Steps.reply(after, rows));
        return replies;
    }

    /** X, Bluesky, Threads, and Mastodon once the volunteer has said where their account lives. */
    private static List<List<Button>> networkButtons(Turn turn, String post, RichText text) {
        List<Button> row = new ArrayList<>();
        row.add(new Button.Link(turn.t("ready.open", turn.t("network.x")), ShareLinks.x(post)));
        List<String> tooLong = new ArrayList<>();
        linkIfFits(turn, Lengths.bluesky(post), ShareLinks.bluesky(post), row, tooLong);
        linkIfFits(turn, Lengths.threads(post), ShareLinks.threads(post), row, tooLong);
        List<List<Button>> rows = new ArrayList<>(List.of(row));
        Optional<String> instance = turn.conversation().mastodonInstance();
        Measure mastodon = Lengths.mastodon(post);
        if (instance.isPresent() && mastodon.fits()) {
            rows.add(List.of(new Button.Link(turn.t("ready.open_mastodon", instance.get()),
                    ShareLinks.mastodon(instance.get(), post))));
        } else if (instance.isPresent()) {
            tooLong.add(turn.t("length.other_over", turn.t("network.mastodon"), mastodon.length(), mastodon.limit()));
        } else if (mastodon.fits()) {
            rows.add(List.of(turn.draftChoice(turn.t("ready.set_instance"), "instance")));
        }
        if (!tooLong.isEmpty()) {
            text.line().plain(turn.t("ready.too_long_for", String.join(" · ", tooLong)));
        }
        return rows;
    }

    private static void linkIfFits(Turn turn, Measure measure, String url, List<Button> row, List<String> tooLong) {
        String name = turn.t("network." + measure.network().id());
        if (measure.fits()) {
            row.add(new Button.Link(turn.t("ready.open", name), url));
        } else {
            tooLong.add(turn.t("length.other_over", name, measure.length(), measure.limit()));
        }
    }

    private static void facebookAndEmail(Turn turn, DraftView view, RichText text) {
        text.plain(turn.t("ready.facebook"));
        for (TargetOption option : view.selectedTargets()) {
            Optional<Target> target = option.target();
            if (target.isPresent() && target.get().facebookPage().isPresent()) {
                String key = target.get().facebookAcceptsPosts() ? "ready.facebook_page_open" : "ready.facebook_page_closed";
                text.line().plain("• ").link(turn.t(key, target.get().name()), target.get().facebookPage().get());
            }
        }
        List<TargetOption> reachable = view.selectedTargets().stream().filter(o -> o.email().isPresent()).toList();
        if (reachable.isEmpty()) {
            return;
        }
        text.paragraph().plain(turn.t("ready.email"));
        String subject = view.action().title().in(turn.language());
        String body = Mail.body(turn, view);
        for (TargetOption option : reachable) {
            String name = option.target().map(Target::name).orElse("");
            text.line().plain("• ").link(turn.t("ready.email_to", name), ShareLinks.mailto(option.email().get(), subject,
                    turn.t("email.body", name, body)));
        }
    }

    /** The campaign's own posts on X, to retweet and like in one tap each. */
    private static List<List<Button>> relayButtons(Turn turn, Action action, RichText text) {
        List<List<Button>> rows = new ArrayList<>();
        List<RelayPost> posts = action.relayPosts();
        if (posts.isEmpty()) {
            return rows;
        }
        text.paragraph().plain(turn.t("ready.relay"));
        int n = 1;
        for (RelayPost post : posts) {
            String number = posts.size() > 1 ? " " + n : "";
            Optional<String> id = post.tweetId();
            if (id.isPresent()) {
                rows.add(List.of(
                        new Button.Link(turn.t("relay.retweet", number), ShareLinks.retweet(id.get())),
                        new Button.Link(turn.t("relay.like", number), ShareLinks.like(id.get()))));
            } else {
                rows.add(List.of(new Button.Link(turn.t("relay.open", number), post.url())));
            }
            n++;
        }
        return rows;
    }

    static Next typed(Turn turn, String text) {
        turn.sayKey("ready.use_buttons");
        return Next.stay();
    }

    static void declare(FlowTable.Builder flow) {
        flow.state(READY, ReadyStep::screen, s -> s.draftBound()
                .button("posted", (turn, p) -> PostedStep.begin(turn), CONFIRM_POSTED)
                .button("instance", (turn, p) -> Next.go(ASK_INSTANCE), ASK_INSTANCE)
                .button("back", (turn, p) -> Next.go(REVIEW), REVIEW)
                .text(ReadyStep::typed));
    }
}
