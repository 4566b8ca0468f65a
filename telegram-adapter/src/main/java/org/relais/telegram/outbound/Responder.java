package org.relais.telegram.outbound;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.relais.core.chat.Picture;
import org.relais.core.chat.Reply;
import org.relais.core.chat.Response;
import org.relais.telegram.inbound.Reach;
import org.relais.telegram.inbound.Replies;
import org.relais.telegram.send.Destination;
import org.relais.telegram.send.TelegramSender;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * Sends the engine's replies as Bot API calls, in order, through the one sender that keeps the flood
 * limits. A toggle edits the message its button was on (when Telegram still lets it: otherwise a new
 * message); a long text becomes several messages, the buttons under the last; every button press is
 * acknowledged, with the engine's notice when there is one. A reply's picture follows its text as a
 * photo ({@code sendPhoto}, through the same sender). In a group, the first message answers the
 * request as a reply, in its forum topic.
 */
public final class Responder implements Replies {
    /** Telegram's limit on a callback answer's text, counted like its other limits in UTF-16 units. */
    static final int NOTICE_LIMIT = 200;
    /** A photo's caption, after entity parsing. */
    static final int CAPTION_LIMIT = 1024;
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

    /** The text (and its buttons), then the picture if there is one, in that order on the chat's lane. */
    private CompletableFuture<?> send(Reply reply, Reach reach) {
        if (reply.picture().isEmpty()) {
            return sendText(reply, reach);
        }
        boolean textToo = !reply.text().isEmpty();
        if (textToo) {
            sendText(reply, reach);
        }
        Picture picture = reply.picture().get();
        Reach to = textToo ? reach.withoutReply() : reach;
        return sender.submitPhoto(to.destination(), () -> photo(to, picture));
    }

    private CompletableFuture<?> sendText(Reply reply, Reach reach) {
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

    /**
     * A picture as an uploaded photo, its words as a plain caption (no parse mode: nothing to escape)
     * within Telegram's 1024. Made anew for each attempt: the upload's stream is read once.
     */
    static SendPhoto photo(Reach reach, Picture picture) {
        SendPhoto.SendPhotoBuilder<?, ?> photo = SendPhoto.builder()
                .chatId(reach.destination().chatId())
                .photo(new InputFile(new ByteArrayInputStream(picture.png()), picture.fileName()))
                .caption(cut(picture.alt(), CAPTION_LIMIT));
        reach.threadId().ifPresent(photo::messageThreadId);
        reach.replyTo().ifPresent(id -> photo.replyParameters(
                ReplyParameters.builder().messageId(id).allowSendingWithoutReply(true).build()));
        return photo.build();
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
        return cut(notice, NOTICE_LIMIT);
    }

    private static String cut(String text, int limit) {
        if (text.length() <= limit) {
            return text;
        }
        int end = limit - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
