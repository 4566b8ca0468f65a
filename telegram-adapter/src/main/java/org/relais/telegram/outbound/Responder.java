package org.relais.telegram.outbound;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.relais.core.chat.Reply;
import org.relais.core.chat.Response;
import org.relais.telegram.TelegramApi;
import org.relais.telegram.inbound.Reach;
import org.relais.telegram.send.TelegramSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * Sends the engine's replies as Bot API calls, in order, through the one sender that keeps the flood
 * limits. A toggle edits the message its button was on (when Telegram still lets it: otherwise a new
 * message); a long text becomes several messages, the buttons under the last; every button press is
 * acknowledged, with the engine's notice when there is one.
 */
public final class Responder {
    private static final Logger LOG = LoggerFactory.getLogger(Responder.class);
    static final int NOTICE_LIMIT = 200;
    private static final LinkPreviewOptions NO_PREVIEW = LinkPreviewOptions.builder().isDisabled(true).build();

    private final TelegramSender sender;
    private final TelegramApi api;
    private final Keyboards keyboards;
    private final Executor answers;

    /** @param answers where callback answers are made: at once, outside the chats' message pacing */
    public Responder(TelegramSender sender, TelegramApi api, String botUsername, Executor answers) {
        this.sender = sender;
        this.api = api;
        this.keyboards = new Keyboards(botUsername);
        this.answers = answers;
    }

    /** Completes when every message was sent (or has failed, which the sender logs). */
    public CompletableFuture<Void> send(Response response, Reach reach) {
        reach.callbackQueryId().ifPresent(id -> acknowledge(id, response));
        CompletableFuture<?> last = CompletableFuture.completedFuture(null);
        for (Reply reply : response.replies()) {
            last = send(reply, reach);
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
        for (int i = 0; i < chunks.size(); i++) {
            last = sender.submit(reach.destination(), message(reach, chunks.get(i), i == chunks.size() - 1 ? markup : null));
        }
        return last;
    }

    private static SendMessage message(Reach reach, String html, InlineKeyboardMarkup markup) {
        return SendMessage.builder()
                .chatId(reach.destination().chatId())
                .text(html)
                .parseMode("HTML")
                .linkPreviewOptions(NO_PREVIEW)
                .replyMarkup(markup)
                .build();
    }

    /** Pressing a toggle twice quickly can make the same message twice: Telegram says so, and that is fine. */
    private static boolean notModified(Throwable failure) {
        Throwable cause = failure instanceof java.util.concurrent.CompletionException ? failure.getCause() : failure;
        return cause instanceof TelegramApiRequestException request && request.getErrorCode() != null
                && request.getErrorCode() == 400 && String.valueOf(request.getApiResponse()).contains("message is not modified");
    }

    /** Every callback query is answered (the button stops spinning), with the notice cut to 200. */
    private void acknowledge(String callbackQueryId, Response response) {
        AnswerCallbackQuery.AnswerCallbackQueryBuilder<?, ?> answer = AnswerCallbackQuery.builder().callbackQueryId(callbackQueryId);
        response.notice().map(Responder::cut).ifPresent(answer::text);
        AnswerCallbackQuery call = answer.build();
        answers.execute(() -> {
            try {
                api.call(call);
            } catch (Exception e) {
                LOG.debug("a callback answer failed: {}", e.getClass().getSimpleName());
            }
        });
    }

    static String cut(String notice) {
        if (notice.codePointCount(0, notice.length()) <= NOTICE_LIMIT) {
            return notice;
        }
        return notice.substring(0, notice.offsetByCodePoints(0, NOTICE_LIMIT - 1)) + "…";
    }
}
