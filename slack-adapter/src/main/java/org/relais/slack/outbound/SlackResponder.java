package org.relais.slack.outbound;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.relais.core.chat.Reply;
import org.relais.core.chat.Response;
import org.relais.core.send.LatestMessages;
import org.relais.slack.inbound.SlackReach;
import org.relais.slack.send.SlackCalls;
import org.relais.slack.send.SlackRefusal;

/**
 * Sends the engine's replies as Slack messages, in order, through the paced sender. A toggle updates
 * the message its button was on ({@code chat.update}) when that message is the app's latest in the
 * conversation ({@link LatestMessages}); otherwise, or if Slack refuses, it is a new message. A mention is
 * answered in its thread; a slash command typed in a channel through its {@code response_url}, seen
 * only by the person; the App Home is published as a view. A notice (what a Telegram button
 * acknowledgement would say) goes under the first message in small print, or alone, only to the person.
 * A reply's picture is shared as a file after its text, in the same conversation; an answer only the
 * person sees (through a {@code response_url}) cannot carry a file, so it goes without.
 */
public final class SlackResponder {
    private final SlackCalls calls;
    private final LatestMessages latest = new LatestMessages();

    public SlackResponder(SlackCalls calls) {
        this.calls = calls;
    }

    /**
     * Completes when every message was sent (true) or one has failed (false; the sender logs
     * failures); never exceptionally.
     */
    public CompletableFuture<Boolean> send(String userId, Response response, SlackReach reach) {
        if (reach.home()) {
            return calls.publishHome(userId, BlockKit.view(response.replies())).handle((done, failure) -> failure == null);
        }
        CompletableFuture<?> last = CompletableFuture.completedFuture(null);
        Optional<String> notice = response.notice();
        for (Reply reply : response.replies()) {
            boolean pictureAlone = reply.picture().isPresent() && reply.text().isEmpty() && reply.rows().isEmpty();
            List<BlockKit.Message> messages = pictureAlone && notice.isEmpty() ? List.of() : BlockKit.messages(reply, notice);
            boolean edit = reply.editsPrevious() && messages.size() == 1;
            for (BlockKit.Message message : messages) {
                last = message(message, edit, reach);
            }
            if (reply.picture().isPresent() && !reach.ephemeral()) {
                last = calls.share(reach.channel(), reach.threadTs(), reply.picture().get());
            }
            notice = Optional.empty();
        }
        if (notice.isPresent()) {
            BlockKit.Message alone = BlockKit.messages(new Reply(List.of(), List.of(), false), notice).get(0);
            last = reach.ephemeral() ? calls.respond(reach.channel(), reach.responseUrl().orElseThrow(), alone, true)
                    : calls.ephemeral(reach.channel(), userId, alone);
        }
        return last.handle((done, failure) -> failure == null);
    }

    private CompletableFuture<?> message(BlockKit.Message message, boolean edit, SlackReach reach) {
        if (reach.ephemeral()) {
            return calls.respond(reach.channel(), reach.responseUrl().orElseThrow(), message, true);
        }
        if (edit && reach.messageTs().filter(ts -> latest.isLatest(reach.channel(), ts)).isPresent()) {
            return calls.update(reach.channel(), reach.messageTs().get(), message).handle((ts, failure) -> {
                if (failure == null) {
                    return CompletableFuture.completedFuture(ts);
                }
                return gone(failure) ? post(reach, message) : CompletableFuture.<String>failedFuture(failure);
            }).thenCompose(next -> next);
        }
        return post(reach, message);
    }

    /** A new message, kept in {@link LatestMessages} as the conversation's latest once it is there. */
    private CompletableFuture<String> post(SlackReach reach, BlockKit.Message message) {
        latest.sending(reach.channel());
        return calls.post(reach.channel(), reach.threadTs(), message).whenComplete((ts, failure) -> {
            if (failure == null && reach.threadTs().isEmpty()) {
                latest.sent(reach.channel(), ts);
            } else {
                latest.failed(reach.channel());
            }
        });
    }

    /** The message to update is no longer there to update: a new message then. */
    private static boolean gone(Throwable failure) {
        Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
        return cause instanceof SlackRefusal refusal && (refusal.error().equals("message_not_found")
                || refusal.error().equals("cant_update_message") || refusal.error().equals("edit_window_closed"));
    }
}
