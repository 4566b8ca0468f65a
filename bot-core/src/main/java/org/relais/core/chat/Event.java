package org.relais.core.chat;

import java.util.Optional;

/** What a person did, as every platform can say it. Adapters translate their updates into these. */
public sealed interface Event {

    Origin origin();

    /** The conversation was opened ({@code /start}), maybe from a deep link carrying a payload. */
    record Started(Origin origin, Optional<String> payload) implements Event {}

    /** Free text. */
    record Text(Origin origin, String text) implements Event {}

    /** A button with a short payload (see {@code Payload}) was pressed. */
    record ButtonPressed(Origin origin, String payload) implements Event {}

    /** A command, without its slash and lower-cased ({@code annuler}), with the rest of the line. */
    record Command(Origin origin, String name, String args) implements Event {}

    /**
     * Something the bot cannot read in a private conversation (a sticker, a photo, a voice message):
     * the person gets a word about it and the step they are at.
     */
    record Unsupported(Origin origin) implements Event {}

    /**
     * A command or a mention of the bot in a group or a channel ({@code origin.chatId()} is the group).
     * The bot answers there only with a way to continue in private: no conversation in groups.
     */
    record GroupRequest(Origin origin, String text) implements Event {}

    /**
     * A command typed in a group or a channel ({@code /abonner@RelaisBot}; Slack's {@code /relais abonner}
     * there): the ones about the chat itself are handled there; any other gets the group answer.
     *
     * @param name without its slash and lower-cased
     * @param chatType {@code group}, {@code supergroup}, {@code channel}… as the platform says it
     * @param title the chat's name as the platform gives it ({@code ""} if not)
     */
    record ChatCommand(Origin origin, String name, String args, String chatType, String title) implements Event {}

    /**
     * The person opened the app's home (Slack's App Home tab): the answer is one reply to show there,
     * the active actions and their own progress. Read only: the conversation does not move.
     */
    record HomeOpened(Origin origin) implements Event {}

    /**
     * The bot's own membership of a chat changed (added, promoted, removed; or a person blocked it).
     *
     * @param chatType {@code private}, {@code group}, {@code channel}… as the platform says it
     * @param status {@code member}, {@code administrator}, {@code left}, {@code kicked}…
     */
    record Membership(Origin origin, String chatType, String title, String status) implements Event {}
}
