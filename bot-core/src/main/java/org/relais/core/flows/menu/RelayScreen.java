package org.relais.core.flows.menu;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.relais.core.campaign.Action;
import org.relais.core.campaign.RelayPost;
import org.relais.core.chat.Button;
import org.relais.core.chat.Reply;
import org.relais.core.chat.RichText;
import org.relais.core.engine.Turn;
import org.relais.core.text.ShareLinks;

/**
 * The campaign's own posts, to relay in one tap each: "if the message is not passed on, the chain
 * stops" (the guide).
 */
final class RelayScreen {
    private RelayScreen() {}

    static List<Reply> render(Turn turn) {
        RichText text = new RichText().bold(turn.t("relay.title")).paragraph();
        List<List<Button>> rows = new ArrayList<>();
        int n = 1;
        for (Action action : turn.activeActions()) {
            for (RelayPost post : action.relayPosts()) {
                text.plain(n + ". " + action.title().in(turn.language()) + " — ").link(post.url(), post.url()).line();
                String number = " " + n;
                Optional<String> id = post.tweetId();
                if (id.isPresent()) {
                    rows.add(List.of(new Button.Link(turn.t("relay.retweet", number), ShareLinks.retweet(id.get())),
                            new Button.Link(turn.t("relay.like", number), ShareLinks.like(id.get()))));
                } else {
                    rows.add(List.of(new Button.Link(turn.t("relay.open", number), post.url())));
                }
                n++;
            }
        }
        text.plain(turn.t(n == 1 ? "relay.none" : "relay.why"));
        rows.add(List.of(turn.choice(turn.t("button.menu"), "menu")));
        return List.of(new Reply(text.spans(), rows, false));
    }
}
