package org.relais.core.chat;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Whose conversation this is: a platform's name ({@code telegram}, {@code slack}, {@code console})
 * and the user's id there. Conversations and progress are kept per key; the chat a message came
 * from travels beside it in {@link Origin}, because one person may write from a group and a DM.
 */
public record ConversationKey(String platform, String userId) {
    private static final Pattern PLATFORM = Pattern.compile("[a-z][a-z0-9_-]{0,15}");

    public ConversationKey {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(userId, "userId");
        if (!PLATFORM.matcher(platform).matches()) {
            throw new IllegalArgumentException("platform must be 1-16 of [a-z0-9_-]: " + platform);
        }
        if (userId.isEmpty() || userId.length() > 128) {
            throw new IllegalArgumentException("userId must be 1-128 characters");
        }
    }
}
