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
import org.relais.core.flows.States;
import org.relais.core.text.Lengths;
import org.relais.core.text.Measure;
import org.relais.core.text.ShareLinks;

/**
 * Step 5: ready. The X message(s) with a link that opens X with the text filled in; then the text for
 * the other networks (targets named by name: an X handle means nothing there) with Bluesky, Threads
 * and Mastodon links where it fits, and for Facebook, which forbids pre-filled text, the text to copy
 * and the targets' pages; a ready e-mail per target with an address (in the text: Telegram buttons
 * cannot hold {@code mailto:}); retweet and like links for the campaign's posts.
 */
final class ReadyStep {
    private ReadyStep() {}

    /**
     * One message: the post(s) with their X link, the text for the other networks with theirs, the
     * e-mails, the campaign's posts to relay, and "I posted it" with the navigation last. One message
     * costs one send of the platform's limits; the adapters cut a text too long for one message and
     * keep the buttons under the last piece.
     */
    static List<Reply> screen(Turn turn) {
        DraftView view = DraftView.of(turn);
        List<DraftView.Post> posts = view.posts();
        List<List<Button>> rows = new ArrayList<>();
        RichText text = Steps.header(turn, view.action(), 5, "step.ready")
                .plain(turn.t(posts.size() > 1 ? "ready.intro_many" : "ready.intro", posts.size())).paragraph();
        for (DraftView.Post post : posts) {
            post.target().ifPresent(target -> text.bold(target.label()).line());
            text.code(post.text()).line();
            Measure x = view.onX(post.text());
            text.plain(turn.t("length.x_ok", turn.t("rule." + view.action().lengthRule().id()), x.length(), x.limit()))
                    .paragraph();
            String label = turn.t("ready.open", turn.t("network.x"));
            List<Button> row = new ArrayList<>();
            link(turn, text, row, post.target().map(target -> label + " · " + target.label()).orElse(label),
                    ShareLinks.x(post.text()));
            rows.add(row);
        }
        otherNetworks(turn, view, text, rows);
        afterwards(turn, view, text, rows);
        return List.of(Steps.reply(text, rows));
    }

    /** Bluesky, Threads and Mastodon links for the text that names targets by name, and Facebook. */
    private static void otherNetworks(Turn turn, DraftView view, RichText text, List<List<Button>> rows) {
        String post = view.otherNetworksText();
        text.bold(turn.t("ready.other_networks")).line().code(post).line();
        List<Button> row = new ArrayList<>();
        List<String> tooLong = new ArrayList<>();
        linkIfFits(turn, text, Lengths.bluesky(post), ShareLinks.bluesky(post), row, tooLong);
        linkIfFits(turn, text, Lengths.threads(post), ShareLinks.threads(post), row, tooLong);
        rows.add(row);
        Optional<String> instance = turn.conversation().mastodonInstance();
        Measure mastodon = Lengths.mastodon(post);
        if (!mastodon.fits()) {
            tooLong.add(ReviewStep.other(turn, mastodon));
        } else if (instance.isPresent()) {
            List<Button> mastodonRow = new ArrayList<>();
            link(turn, text, mastodonRow, turn.t("ready.open_mastodon", instance.get()), ShareLinks.mastodon(instance.get(), post));
            rows.add(mastodonRow);
        } else {
            rows.add(List.of(turn.draftChoice(turn.t("ready.set_instance"), "instance")));
        }
        if (!tooLong.isEmpty()) {
            text.plain(turn.t("ready.too_long_for", String.join(" · ", tooLong))).line();
        }
        text.line().plain(turn.t("ready.facebook"));
        for (TargetOption option : view.selectedTargets()) {
            Optional<Target> target = option.target();
            if (target.isPresent() && target.get().facebookPage().isPresent()) {
                String key = target.get().facebookAcceptsPosts() ? "ready.facebook_page_open" : "ready.facebook_page_closed";
                text.line().plain("• ").link(turn.t("ready.facebook_page", target.get().name()), target.get().facebookPage().get())
                        .plain(" " + turn.t(key));
            }
        }
        text.paragraph();
    }

    /** E-mails, relays, then "I posted it". */
    private static void afterwards(Turn turn, DraftView view, RichText text, List<List<Button>> rows) {
        List<TargetOption> reachable = view.selectedTargets().stream().filter(o -> o.email().isPresent()).toList();
        if (!reachable.isEmpty()) {
            text.plain(turn.t("ready.email"));
            String subject = view.action().emailSubjectIn(turn.language()).replaceAll("\\s+", " ").strip();
            for (TargetOption option : reachable) {
                String who = option.name().orElse(option.email().get());
                String body = Mail.body(turn, view, option.name());
                text.line().plain("• ").link(turn.t("ready.email_to", who), ShareLinks.mailto(option.email().get(), subject, body));
                if (option.name().isPresent()) {
                    // Shown as well: some apps do not open mailto links, and then the address can be copied.
                    text.plain(" (" + option.email().get() + ")");
                }
            }
            text.paragraph();
        }
        rows.addAll(relayButtons(turn, view.action(), text));
        text.plain(turn.t("ready.then"));
        rows.add(List.of(turn.draftChoice(turn.t("ready.posted"), "posted")));
        List<Button> last = new ArrayList<>();
        if (turn.conversation().mastodonInstance().isPresent()) {
            last.add(turn.draftChoice(turn.t("ready.change_instance"), "instance"));
        }
        last.add(turn.draftChoice(turn.t("ready.back"), "bk6"));
        last.add(turn.choice(turn.t("button.menu"), "menu"));
        rows.add(last);
    }

    private static void linkIfFits(Turn turn, RichText text, Measure measure, String url, List<Button> row, List<String> tooLong) {
        if (measure.fits()) {
            link(turn, text, row, turn.t("ready.open", turn.t("network." + measure.network().id())), url);
        } else {
            tooLong.add(ReviewStep.other(turn, measure));
        }
    }

    /** A link button, unless the URL is longer than platforms take (Slack: 3000): then, copy the text. */
    private static void link(Turn turn, RichText text, List<Button> row, String label, String url) {
        if (url.length() <= ShareLinks.MAX_LENGTH) {
            row.add(new Button.Link(label, url));
        } else {
            text.line().plain(turn.t("ready.link_too_long", label));
        }
    }

    /** The campaign's own posts on X, to retweet and like in one tap each. */
    private static List<List<Button>> relayButtons(Turn turn, Action action, RichText text) {
        List<List<Button>> rows = new ArrayList<>();
        List<RelayPost> posts = action.relayPosts();
        if (posts.isEmpty()) {
            return rows;
        }
        text.plain(turn.t("ready.relay")).paragraph();
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
        return Steps.askedForSomethingElse(turn, text).orElseGet(() -> {
            turn.sayKey("ready.use_buttons");
            return Next.stay();
        });
    }

    static void declare(FlowTable.Builder flow) {
        flow.state(READY, ReadyStep::screen, s -> s.draftBound()
                .button("posted", (turn, p) -> PostedStep.begin(turn), CONFIRM_POSTED)
                .button("instance", (turn, p) -> Next.go(ASK_INSTANCE), ASK_INSTANCE)
                .button("bk6", (turn, p) -> Next.go(REVIEW), REVIEW)
                .text(ReadyStep::typed, States.GUIDE, States.TIPS, States.RELAY));
    }
}
