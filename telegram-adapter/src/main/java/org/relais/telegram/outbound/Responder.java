package org.relais.telegram.outbound;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.relais.core.chat.Reply;
import org.relais.core.chat.Response;
import org.relais.telegram.inbound.Reach;
import org.relais.telegram.inbound.Replies;
import org.relais.telegram.send.Destination;
import org.relais.telegram.send.TelegramSender;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * Sends the engine's replies as Bot API calls, in order, through the one sender that keeps the flood
 * limits. A toggle edits the message its button was on (when Telegram still lets it: otherwise a new
 * message); a long text becomes several messages, the buttons under the last; every button press is
 * acknowledged, with the engine's notice when there is one. In a group, the first message answers
 * the request as a reply, in its forum topic.
 */
public final class Responder implements Replies {
    /** Telegram's limit on a callback answer's text, counted like its other limits in UTF-16 units. */
    static final int NOTICE_LIMIT = 200;
    private static final LinkPreviewOptions NO_PREVIEW = LinkPreviewOptions.builder().isDisabled(true).build();

    private final TelegramSender sender;
    private final Keyboards keyboards;

    public Responder(TelegramSender sender, String botUsername) {
        this.sender = sender;
        this.keyboards = new Keyboards(botUsername);
    }

    @Override
    public void send(Response response, Reach reach) {
        sendAll(response, reach);
    }

    /** Completes when every message was sent (or has failed, which the sender logs). */
    public CompletableFuture<Void> sendAll(Response response, Reach reach) {
        reach.callbackQueryId().ifPresent(id -> acknowledge(id, response));
        CompletableFuture<?> last = CompletableFuture.completedFuture(null);
        Reach to = reach;
        for (Reply reply : response.replies()) {
            last = send(reply, to);
            to = to.withoutReply();
        }
        return last.handle((result, failure) -> null);
    }

    private CompletableFuture<?> send(Reply reply, Reach reach) {
        List<String> chunks = Chunks.split(reply.text());
        InlineKeyboardMarkup markup = reply.rows().isEmpty() ? null : keyboards.markup(reply.rows());
        if (reply.editsPrevious() && chunks.size() == 1 && reach.editableMessageId().isPresent()) {
            EditMessageText edit = EditMessageText.builder()
                    .chatId(reach.destination().chatId())
                    .messageId(reach.editableMessageId().get())
                    .text(chunks.get(0))
                    .parseMode("HTML")
                    .linkPreviewOptions(NO_PREVIEW)
                    .replyMarkup(markup)
                    .build();
            return sender.submit(reach.destination(), edit).handle((done, failure) -> {
                if (failure == null || notModified(failure)) {
                    return CompletableFuture.completedFuture(done);
                }
                return sender.submit(reach.destination(), message(reach, chunks.get(0), markup));
            }).thenCompose(next -> next);
        }
        CompletableFuture<?> last = CompletableFuture.completedFuture(null);
        Reach to = reach;
        for (int i = 0; i < chunks.size(); i++) {
            last = sender.submit(to.destination(), message(to, chunks.get(i), i == chunks.size() - 1 ? markup : null));
            to = to.withoutReply();
        }
        return last;
    }

    static SendMessage message(Reach reach, String html, InlineKeyboardMarkup markup) {
        SendMessage.SendMessageBuilder<?, ?> message = SendMessage.builder()
                .chatId(reach.destination().chatId())
                .text(html)
                .parseMode("HTML")
                .linkPreviewOptions(NO_PREVIEW)
                .replyMarkup(markup);
        reach.threadId().ifPresent(message::messageThreadId);
        reach.replyTo().ifPresent(id -> message.replyParameters(
                ReplyParameters.builder().messageId(id).allowSendingWithoutReply(true).build()));
        return message.build();
    }

    /** Pressing a toggle twice quickly can make the same message twice: Telegram says so, and that is fine. */
    private static boolean notModified(Throwable failure) {
        Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
        return cause instanceof TelegramApiRequestException request && request.getErrorCode() != null
                && request.getErrorCode() == 400 && String.valueOf(request.getApiResponse()).contains("message is not modified");
    }

    /**
     * Every callback query is answered (the button stops spinning), with the notice cut to the limit.
     * The answer goes unpaced: it is not a message, and it must come within seconds; the sender still
     * retries it and logs a refusal.
     */
    private void acknowledge(String callbackQueryId, Response response) {
        AnswerCallbackQuery.AnswerCallbackQueryBuilder<?, ?> answer = AnswerCallbackQuery.builder().callbackQueryId(callbackQueryId);
        response.notice().map(Responder::cut).ifPresent(answer::text);
        sender.submit(Destination.unpaced("callback:" + callbackQueryId), answer.build());
    }

    /** At most {@link #NOTICE_LIMIT} UTF-16 units, ending with an ellipsis when cut, never inside a surrogate pair. */
    static String cut(String notice) {
        if (notice.length() <= NOTICE_LIMIT) {
            return notice;
        }
        int end = NOTICE_LIMIT - 1;
        if (Character.isHighSurrogate(notice.charAt(end - 1))) {
            end--;
        }
        return notice.substring(0, end) + "…";
    }
}
