package org.relais.slack.outbound;

import com.slack.api.methods.SlackApiException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BooleanSupplier;
import org.relais.core.chat.Reply;
import org.relais.core.port.Messenger;
import org.relais.core.port.Undelivered;
import org.relais.core.send.SendAbortedException;
import org.relais.slack.send.SlackCalls;
import org.relais.slack.send.SlackRefusal;
import org.relais.slack.send.SlackVerdicts;

/**
 * Broadcasts on Slack: an announcement is one {@code chat.postMessage} (Block Kit; its start button
 * continues in the app's direct messages) on the channel's lane of the paced sender, so Slack's
 * one-message-a-second per channel holds; the progress message is updated with {@code chat.update}.
 * Slack's error codes become the report's reasons; a channel the app left or that was archived is gone.
 */
public final class SlackMessenger implements Messenger {
    private final SlackCalls calls;

    public SlackMessenger(SlackCalls calls) {
        this.calls = calls;
    }

    @Override
    public String platform() {
        return "slack";
    }

    /** A reply Block Kit splits is posted in order; the claim guards the first message. */
    @Override
    public CompletableFuture<Optional<String>> post(String channel, Reply reply, BooleanSupplier claim) {
        List<BlockKit.Message> messages = BlockKit.messages(reply, Optional.empty());
        CompletableFuture<Optional<String>> first = calls.postClaimed(channel, messages.get(0), claim);
        for (BlockKit.Message more : messages.subList(1, messages.size())) {
            first = first.thenCompose(ts -> ts.isEmpty() ? CompletableFuture.completedFuture(ts)
                    : calls.post(channel, Optional.empty(), more).thenApply(next -> ts));
        }
        return first.exceptionally(failure -> {
            throw undelivered(failure);
        });
    }

    @Override
    public CompletableFuture<Void> edit(String channel, String ts, Reply reply) {
        return calls.update(channel, ts, BlockKit.messages(reply, Optional.empty()).get(0)).handle((done, failure) -> {
            if (failure != null) {
                throw undelivered(failure);
            }
            return null;
        });
    }

    /** Slack's answer as a delivery report says it: its error code or HTTP status, never the text sent. */
    static Undelivered undelivered(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof Undelivered already) {
            return already;
        }
        if (cause instanceof SendAbortedException aborted) {
            if (aborted.getCause() instanceof SlackRefusal refusal) {
                return refusal(refusal); // an earlier call to this channel found it gone
            }
            return new Undelivered(aborted.outcomeUnknown() ? Undelivered.Kind.UNKNOWN : Undelivered.Kind.NOT_SENT,
                    "sending stopped", aborted);
        }
        if (cause instanceof SlackRefusal refusal) {
            return refusal(refusal);
        }
        if (cause instanceof SlackApiException http && http.getResponse() != null) {
            return new Undelivered(Undelivered.Kind.REFUSED, "HTTP " + http.getResponse().code(), http);
        }
        return new Undelivered(Undelivered.Kind.REFUSED, "Slack could not be reached (" + cause.getClass().getSimpleName() + ")",
                cause);
    }

    private static Undelivered refusal(SlackRefusal refusal) {
        String reason = refusal.status() == 200 ? refusal.error() : "HTTP " + refusal.status() + " " + refusal.error();
        return new Undelivered(SlackVerdicts.gone(refusal.error()) ? Undelivered.Kind.GONE : Undelivered.Kind.REFUSED, reason,
                refusal);
    }
}
