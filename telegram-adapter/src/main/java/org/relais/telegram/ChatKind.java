package org.relais.telegram;

/** Telegram's chat types, as far as flood limits and behaviour care. */
public enum ChatKind {
    PRIVATE,
    /** A group or a supergroup: at most 20 messages a minute. */
    GROUP,
    /** A channel: posts only; treated like a group for flood limits. */
    CHANNEL;

    public static ChatKind of(String telegramType) {
        return switch (telegramType == null ? "" : telegramType) {
            case "private" -> PRIVATE;
            case "channel" -> CHANNEL;
            default -> GROUP;
        };
    }
}
