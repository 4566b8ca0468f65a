package org.relais.core.flows.coordination;

import java.util.Optional;

/**
 * A chat on a platform as a button argument: {@code t-1001234567890} (Telegram), {@code sC0TABLE01}
 * (Slack), within the 40 characters of {@code [A-Za-z0-9_-]} a payload's argument allows.
 */
record ChatRef(String platform, String chatId) {
    private static final String TELEGRAM = "telegram";
    private static final String SLACK = "slack";

    Optional<String> encode() {
        String prefix = platform.equals(TELEGRAM) ? "t" : platform.equals(SLACK) ? "s" : null;
        String arg = prefix + chatId;
        return prefix != null && arg.matches("[A-Za-z0-9_-]{1,40}") ? Optional.of(arg) : Optional.empty();
    }

    static Optional<ChatRef> decode(String arg) {
        if (arg.length() < 2) {
            return Optional.empty();
        }
        String chat = arg.substring(1);
        return switch (arg.charAt(0)) {
            case 't' -> Optional.of(new ChatRef(TELEGRAM, chat));
            case 's' -> Optional.of(new ChatRef(SLACK, chat));
            default -> Optional.empty();
        };
    }
}
