package org.relais.telegram.outbound;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BooleanSupplier;
import org.relais.core.chat.Reply;
import org.relais.core.port.Messenger;
import org.relais.core.port.Undelivered;
import org.relais.core.send.SendAbortedException;
import org.relais.core.send.Traffic;
import org.relais.telegram.ChatKind;
import org.relais.telegram.send.Destination;
import org.relais.telegram.send.TelegramSender;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * Broadcasts on Telegram: an announcement is one {@code sendMessage} (HTML, the start button as the
 * bot's deep link) through the same sender as every answer, as bulk traffic (held to the bulk rate,
 * after the answers), so the flood limits hold across both; the progress message is edited with
 * {@code editMessageText}. Telegram's refusals become the
 * report's reasons: 403 (kicked, blocked) and a chat that no longer exists mean the chat is gone.
 */
public final class TelegramMessenger implements Messenger {
    private static final LinkPreviewOptions NO_PREVIEW = LinkPreviewOptions.builder().isDisabled(true).build();

    private final TelegramSender sender;
    private final Keyboards keyboards;
    private final boolean paidBroadcast;

    public TelegramMessenger(TelegramSender sender, String botUsername) {
        this(sender, botUsername, false);
    }

    /**
     * @param paidBroadcast announcements carry {@code allow_paid_broadcast} (the operator chose a bulk
     *     rate above Telegram's free 30 a second, paid in Stars)
     */
    public TelegramMessenger(TelegramSender sender, String botUsername, boolean paidBroadcast) {
        this.sender = sender;
        this.keyboards = new Keyboards(botUsername);
        this.paidBroadcast = paidBroadcast;
    }

    @Override
    public String platform() {
        return "telegram";
    }

    /** Long texts are split like any answer; the claim guards the first message, the buttons go under the last. */
    @Override
    public CompletableFuture<Optional<String>> post(String chatId, Reply reply, BooleanSupplier claim) {
        List<String> chunks = Chunks.split(reply.text());
        InlineKeyboardMarkup markup = reply.rows().isEmpty() ? null : keyboards.markup(reply.rows());
        Destination to = destination(chatId).as(Traffic.BULK);
        CompletableFuture<Optional<String>> first = sender.submitClaimed(to, message(chatId, chunks.get(0),
                chunks.size() == 1 ? markup : null), claim).thenApply(sent -> sent.map(m -> Integer.toString(m.getMessageId())));
        for (int i = 1; i < chunks.size(); i++) {
            String chunk = chunks.get(i);
            InlineKeyboardMarkup buttons = i == chunks.size() - 1 ? markup : null;
            first = first.thenCompose(id -> id.isEmpty() ? CompletableFuture.completedFuture(id)
                    : sender.submit(to, message(chatId, chunk, buttons)).thenApply(more -> id));
        }
        return first.exceptionally(failure -> {
            throw undelivered(failure);
        });
    }

    @Override
    public CompletableFuture<Void> edit(String chatId, String messageId, Reply reply) {
        EditMessageText edit = EditMessageText.builder().chatId(chatId).messageId(Integer.parseInt(messageId))
                .text(Chunks.split(reply.text()).get(0)).parseMode("HTML").linkPreviewOptions(NO_PREVIEW)
                .replyMarkup(reply.rows().isEmpty() ? null : keyboards.markup(reply.rows())).build();
        return sender.submit(destination(chatId).as(Traffic.EDIT), edit).handle((done, failure) -> {
            if (failure != null && !String.valueOf(apiResponse(failure)).contains("message is not modified")) {
                throw undelivered(failure);
            }
            return null;
        });
    }

    /** Private chats have positive ids; groups, supergroups and channels negative ones, and a group's limits. */
    static Destination destination(String chatId) {
        return new Destination(chatId, chatId.startsWith("-") ? ChatKind.GROUP : ChatKind.PRIVATE);
    }

    private SendMessage message(String chatId, String html, InlineKeyboardMarkup markup) {
        return SendMessage.builder().chatId(chatId).text(html).parseMode("HTML").linkPreviewOptions(NO_PREVIEW)
                .replyMarkup(markup).allowPaidBroadcast(paidBroadcast ? Boolean.TRUE : null).build();
    }

    /** Telegram's answer as a delivery report says it: its code and description, never the text sent. */
    static Undelivered undelivered(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof Undelivered already) {
            return already;
        }
        if (cause instanceof SendAbortedException aborted) {
            if (aborted.getCause() instanceof TelegramApiRequestException refused) {
                return refusal(refused); // an earlier call to this chat answered 403
            }
            return new Undelivered(aborted.outcomeUnknown() ? Undelivered.Kind.UNKNOWN : Undelivered.Kind.NOT_SENT,
                    "sending stopped", aborted);
        }
        if (cause instanceof TelegramApiRequestException refused) {
            return refusal(refused);
        }
        return new Undelivered(Undelivered.Kind.REFUSED, "Telegram could not be reached (" + cause.getClass().getSimpleName() + ")",
                cause);
    }

    private static Undelivered refusal(TelegramApiRequestException refused) {
        int code = refused.getErrorCode() == null ? 0 : refused.getErrorCode();
        String description = refused.getApiResponse() == null ? "" : refused.getApiResponse();
        String reason = (code + " " + description).strip();
        boolean gone = code == 403 || description.contains("chat not found") || description.contains("upgraded to a supergroup");
        return new Undelivered(gone ? Undelivered.Kind.GONE : Undelivered.Kind.REFUSED, reason, refused);
    }

    private static String apiResponse(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return cause instanceof TelegramApiRequestException refused ? refused.getApiResponse() : "";
    }
}
