package org.relais.telegram.outbound;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.relais.core.chat.Picture;
import org.relais.core.chat.Reply;
import org.relais.core.chat.Response;
import org.relais.core.send.LatestMessages;
import org.relais.core.send.Traffic;
import org.relais.telegram.inbound.Reach;
import org.relais.telegram.inbound.Replies;
import org.relais.telegram.send.Destination;
import org.relais.telegram.send.TelegramSender;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * Sends the engine's replies as Bot API calls, in order, through the one sender that keeps the flood
 * limits. A reply that may replace the message its button was on edits that message only when it is
 * the bot's latest in the chat ({@link LatestMessages}), and then only what changed: the keyboard
 * alone ({@code editMessageReplyMarkup}) when the text is the same, else the text and keyboard; any
 * other press, or an edit Telegram refuses, gets a new message. A long text becomes several messages,
 * the buttons under the last; a reply's picture follows its text as a photo ({@code sendPhoto},
 * through the same sender) and carries the reply's buttons, so that they stay last. Every button press
 * is acknowledged, with the engine's notice when there is one. In a group, the first message answers
 * the request as a reply, in its forum topic.
 */
public final class Responder implements Replies {
    /** Telegram's limit on a callback answer's text, counted like its other limits in UTF-16 units. */
    static final int NOTICE_LIMIT = 200;
    /** A photo's caption, after entity parsing. */
    static final int CAPTION_LIMIT = 1024;
    private static final LinkPreviewOptions NO_PREVIEW = LinkPreviewOptions.builder().isDisabled(true).build();

    private final TelegramSender sender;
    private final Keyboards keyboards;
    private final LatestMessages latest = new LatestMessages();

    public Responder(TelegramSender sender, String botUsername) {
        this.sender = sender;
        this.keyboards = new Keyboards(botUsername);
    }

    /**
     * Acknowledges the button (a replay says nothing: its first handling did) and sends the replies
     * in order; the sender logs what fails.
     */
    @Override
    public Sending send(Response response, Reach reach) {
        CompletableFuture<Boolean> acknowledged = response.replay() || reach.callbackQueryId().isEmpty()
                ? CompletableFuture.completedFuture(false) : settled(acknowledge(reach.callbackQueryId().get(), response));
        CompletableFuture<?> last = null;
        Reach to = reach;
        for (Reply reply : response.replies()) {
            last = send(reply, to);
            to = to.withoutReply();
        }
        return new Sending(acknowledged, last == null ? CompletableFuture.completedFuture(false) : settled(last));
    }

    /** Completes when every message was sent and the button acknowledged, or has failed. */
    public CompletableFuture<Void> sendAll(Response response, Reach reach) {
        Sending sending = send(response, reach);
        return CompletableFuture.allOf(sending.acknowledged(), sending.delivered());
    }

    /** True once the call went through, false if it was finally refused; never exceptional. */
    private static CompletableFuture<Boolean> settled(CompletableFuture<?> call) {
        return call.handle((result, failure) -> failure == null);
    }

    /** The text, then the picture if there is one (with the buttons), in that order on the chat's lane. */
    private CompletableFuture<?> send(Reply reply, Reach reach) {
        InlineKeyboardMarkup markup = reply.rows().isEmpty() ? null : keyboards.markup(reply.rows());
        if (reply.picture().isEmpty()) {
            return sendText(reply, reach, markup);
        }
        boolean textToo = !reply.text().isEmpty();
        if (textToo) {
            sendText(reply, reach, null);
        }
        Picture picture = reply.picture().get();
        Reach to = textToo ? reach.withoutReply() : reach;
        return tracked(to.destination(), sender.submitPhoto(to.destination(), () -> photo(to, picture, markup)));
    }

    private CompletableFuture<?> sendText(Reply reply, Reach reach, InlineKeyboardMarkup markup) {
        List<String> chunks = Chunks.split(reply.text());
        String chat = reach.destination().chatId();
        Optional<Reach.Pressed> pressed = reach.pressed().filter(p -> latest.isLatest(chat, String.valueOf(p.messageId())));
        if (reply.editsPrevious() && chunks.size() == 1 && pressed.isPresent()) {
            int messageId = pressed.get().messageId();
            boolean sameText = pressed.get().text().strip().equals(reply.plainText().strip());
            BotApiMethod<?> edit = sameText
                    ? EditMessageReplyMarkup.builder().chatId(chat).messageId(messageId).replyMarkup(markup).build()
                    : EditMessageText.builder().chatId(chat).messageId(messageId).text(chunks.get(0)).parseMode("HTML")
                            .linkPreviewOptions(NO_PREVIEW).replyMarkup(markup).build();
            return sender.submit(reach.destination().as(Traffic.EDIT), edit).handle((done, failure) -> {
                if (failure == null || notModified(failure)) {
                    return CompletableFuture.completedFuture(done);
                }
                return sendMessage(reach, chunks.get(0), markup);
            }).thenCompose(next -> next);
        }
        CompletableFuture<?> last = CompletableFuture.completedFuture(null);
        Reach to = reach;
        for (int i = 0; i < chunks.size(); i++) {
            last = sendMessage(to, chunks.get(i), i == chunks.size() - 1 ? markup : null);
            to = to.withoutReply();
        }
        return last;
    }

    private CompletableFuture<Message> sendMessage(Reach reach, String html, InlineKeyboardMarkup markup) {
        return tracked(reach.destination(), sender.submit(reach.destination(), message(reach, html, markup)));
    }

    /** Keeps {@link LatestMessages} in step with a message on its way. */
    private CompletableFuture<Message> tracked(Destination to, CompletableFuture<Message> sending) {
        latest.sending(to.chatId());
        return sending.whenComplete((sent, failure) -> {
            if (failure == null && sent != null) {
                latest.sent(to.chatId(), String.valueOf(sent.getMessageId()));
            } else {
                latest.failed(to.chatId());
            }
        });
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
    static SendPhoto photo(Reach reach, Picture picture, InlineKeyboardMarkup markup) {
        SendPhoto.SendPhotoBuilder<?, ?> photo = SendPhoto.builder()
                .chatId(reach.destination().chatId())
                .photo(new InputFile(new ByteArrayInputStream(picture.png()), picture.fileName()))
                .caption(cut(picture.alt(), CAPTION_LIMIT))
                .replyMarkup(markup);
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
    private CompletableFuture<?> acknowledge(String callbackQueryId, Response response) {
        AnswerCallbackQuery.AnswerCallbackQueryBuilder<?, ?> answer = AnswerCallbackQuery.builder().callbackQueryId(callbackQueryId);
        response.notice().map(Responder::cut).ifPresent(answer::text);
        return sender.submit(Destination.unpaced("callback:" + callbackQueryId), answer.build());
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
