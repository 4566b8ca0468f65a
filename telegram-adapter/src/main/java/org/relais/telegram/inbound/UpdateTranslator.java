package org.relais.telegram.inbound;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.relais.core.chat.ConversationKey;
import org.relais.core.chat.Event;
import org.relais.core.chat.Origin;
import org.relais.telegram.ChatKind;
import org.relais.telegram.send.Destination;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.MessageEntity;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Turns a Telegram update into an engine event, and nothing more (the adapter translates; the
 * engine decides). In private chats: text, commands ({@code /start} with its deep-link payload),
 * button presses, and anything unreadable (a sticker, a photo). In groups: only commands and
 * mentions addressed to this bot, as a request to continue in private. The bot's own membership
 * changes. Edited messages, channel posts and other kinds of update are skipped quietly.
 */
public final class UpdateTranslator {
    public static final String PLATFORM = "telegram";

    private final String botUsername;

    /** @param botUsername the bot's username without {@code @}, as getMe tells it */
    public UpdateTranslator(String botUsername) {
        this.botUsername = botUsername.toLowerCase(Locale.ROOT);
    }

    public Optional<Inbound> read(Update update) {
        String delivery = String.valueOf(update.getUpdateId());
        if (update.hasMessage()) {
            return message(update.getMessage(), delivery);
        }
        if (update.hasCallbackQuery()) {
            return Optional.of(callback(update.getCallbackQuery(), delivery));
        }
        if (update.hasMyChatMember()) {
            return membership(update.getMyChatMember(), delivery);
        }
        return Optional.empty();
    }

    private Optional<Inbound> message(Message message, String delivery) {
        User from = message.getFrom();
        Chat chat = message.getChat();
        if (from == null || chat == null || botUsername.equalsIgnoreCase(String.valueOf(from.getUserName()))) {
            return Optional.empty();
        }
        ChatKind kind = ChatKind.of(chat.getType());
        Origin origin = origin(from, chat.getId(), delivery);
        Destination destination = new Destination(String.valueOf(chat.getId()), kind);
        if (kind != ChatKind.PRIVATE) {
            // In groups, an anonymous admin writes as Telegram's GroupAnonymousBot: still a person asking.
            Optional<Integer> thread = Boolean.TRUE.equals(message.getIsTopicMessage())
                    ? Optional.ofNullable(message.getMessageThreadId()) : Optional.empty();
            Reach reply = new Reach(destination, Optional.empty(), Optional.empty(), Optional.of(message.getMessageId()), thread);
            return addressedToUs(message) ? Optional.of(new Inbound(Optional.of(groupEvent(origin, message)), reply)) : Optional.empty();
        }
        Reach reach = new Reach(destination, Optional.empty(), Optional.empty());
        if (Boolean.TRUE.equals(from.getIsBot())) {
            return Optional.empty();
        }
        if (!message.hasText()) {
            return Optional.of(new Inbound(Optional.of(new Event.Unsupported(origin)), reach));
        }
        return Optional.of(new Inbound(Optional.of(privateText(origin, message)), reach));
    }

    /**
     * In a group: a command ({@code /abonner@RelaisBot}) is about that chat, with its type and title;
     * a mention or a reply is a request to continue in private. A forwarded command is no command.
     */
    private static Event groupEvent(Origin origin, Message message) {
        Optional<MessageEntity> command = message.getForwardOrigin() == null ? leadingCommand(message) : Optional.empty();
        if (command.isEmpty()) {
            return new Event.GroupRequest(origin, message.getText());
        }
        String text = message.getText();
        String word = text.substring(1, command.get().getLength());
        String name = (word.contains("@") ? word.substring(0, word.indexOf('@')) : word).toLowerCase(Locale.ROOT);
        Chat chat = message.getChat();
        return new Event.ChatCommand(origin, name, text.substring(command.get().getLength()).strip(), chat.getType(),
                chat.getTitle() == null ? "" : chat.getTitle());
    }

    /**
     * {@code /start payload} is a start; other {@code /commands} are commands; the rest is text. A
     * forwarded message is never a command: forwarding someone's "/oublier" must not erase anything.
     */
    private Event privateText(Origin origin, Message message) {
        String text = message.getText();
        Optional<MessageEntity> command = message.getForwardOrigin() == null ? leadingCommand(message) : Optional.empty();
        if (command.isEmpty()) {
            return new Event.Text(origin, text);
        }
        String word = text.substring(1, command.get().getLength());
        String name = word.contains("@") ? word.substring(0, word.indexOf('@')) : word;
        String args = text.substring(command.get().getLength()).strip();
        name = name.toLowerCase(Locale.ROOT);
        if (name.equals("start")) {
            return new Event.Started(origin, args.isEmpty() ? Optional.empty() : Optional.of(args));
        }
        return new Event.Command(origin, name, args);
    }

    private static Optional<MessageEntity> leadingCommand(Message message) {
        List<MessageEntity> entities = message.getEntities() == null ? List.of() : message.getEntities();
        return entities.stream()
                .filter(e -> "bot_command".equals(e.getType()) && e.getOffset() == 0)
                .findFirst();
    }

    /** A command for us (no {@code @bot}, or ours), a mention of us, or a reply to one of our messages. */
    private boolean addressedToUs(Message message) {
        if (!message.hasText()) {
            return false;
        }
        String text = message.getText();
        Optional<MessageEntity> command = leadingCommand(message);
        if (command.isPresent()) {
            String word = text.substring(0, command.get().getLength()).toLowerCase(Locale.ROOT);
            return !word.contains("@") || word.endsWith("@" + botUsername);
        }
        List<MessageEntity> entities = message.getEntities() == null ? List.of() : message.getEntities();
        boolean mentioned = entities.stream().anyMatch(e -> "mention".equals(e.getType())
                && text.substring(e.getOffset(), e.getOffset() + e.getLength()).equalsIgnoreCase("@" + botUsername));
        Message repliedTo = message.getReplyToMessage();
        boolean replyToUs = repliedTo != null && repliedTo.getFrom() != null
                && botUsername.equalsIgnoreCase(repliedTo.getFrom().getUserName());
        return mentioned || replyToUs;
    }

    /**
     * A button. The message it was on may be inaccessible (too old: Telegram sends its chat and id
     * with date 0) or absent (an inline message): then the answer is a new message, not an edit.
     */
    private Inbound callback(CallbackQuery query, String delivery) {
        User from = query.getFrom();
        MaybeInaccessibleMessage message = query.getMessage();
        long chatId = message != null && message.getChatId() != null ? message.getChatId() : from.getId();
        ChatKind kind = message != null && message.getChat() != null ? ChatKind.of(message.getChat().getType()) : ChatKind.PRIVATE;
        Optional<Reach.Pressed> editable = message instanceof Message accessible
                ? Optional.of(new Reach.Pressed(accessible.getMessageId(), accessible.getText() == null ? "" : accessible.getText()))
                : Optional.empty();
        Reach reach = new Reach(new Destination(String.valueOf(chatId), kind), Optional.of(query.getId()), editable);
        if (kind != ChatKind.PRIVATE || query.getData() == null) {
            return new Inbound(Optional.empty(), reach);
        }
        Event pressed = new Event.ButtonPressed(origin(from, chatId, delivery), query.getData());
        return new Inbound(Optional.of(pressed), reach);
    }

    private Optional<Inbound> membership(ChatMemberUpdated update, String delivery) {
        Chat chat = update.getChat();
        if (chat == null || update.getFrom() == null || update.getNewChatMember() == null) {
            return Optional.empty();
        }
        String title = chat.getTitle() != null ? chat.getTitle() : "";
        Event event = new Event.Membership(origin(update.getFrom(), chat.getId(), delivery), chat.getType(), title,
                update.getNewChatMember().getStatus());
        Reach reach = new Reach(new Destination(String.valueOf(chat.getId()), ChatKind.of(chat.getType())),
                Optional.empty(), Optional.empty());
        return Optional.of(new Inbound(Optional.of(event), reach));
    }

    private static Origin origin(User from, long chatId, String delivery) {
        return new Origin(new ConversationKey(PLATFORM, String.valueOf(from.getId())), String.valueOf(chatId),
                Optional.ofNullable(from.getLanguageCode()), delivery);
    }
}
