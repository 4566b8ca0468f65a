package org.relais.core.flows.coordination;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relais.core.chat.ConversationKey;

/**
 * A person as coordinators write them: {@code telegram:123456} (Telegram's numeric user id) or
 * {@code slack:U012ABC} (Slack's member id). The same form as {@code RELAIS_COORDINATORS}.
 */
public final class PersonId {
    private static final Pattern FORM = Pattern.compile("(telegram):([0-9]{1,20})|(slack):([UW][A-Z0-9]{2,20})");

    private PersonId() {}

    public static Optional<ConversationKey> parse(String text) {
        String trimmed = text.strip();
        int colon = trimmed.indexOf(':');
        String normal = colon < 0 ? trimmed : trimmed.substring(0, colon).toLowerCase(Locale.ROOT) + trimmed.substring(colon);
        Matcher m = FORM.matcher(normal);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(m.group(1) != null ? new ConversationKey(m.group(1), m.group(2)) : new ConversationKey(m.group(3), m.group(4)));
    }

    public static String format(ConversationKey key) {
        return key.platform() + ":" + key.userId();
    }
}
