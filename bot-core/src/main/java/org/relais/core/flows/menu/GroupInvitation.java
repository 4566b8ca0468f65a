package org.relais.core.flows.menu;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relais.core.chat.Button;
import org.relais.core.chat.Reply;
import org.relais.core.chat.RichText;
import org.relais.core.i18n.Language;
import org.relais.core.i18n.Messages;

/**
 * In a group, the bot holds no conversation (no spam for the other members): asked something, it
 * answers with one button that opens a private chat, started where the request pointed (an action,
 * the guide, the tips, else the menu).
 */
public final class GroupInvitation {
    private static final Pattern START = Pattern.compile("^/start(?:@\\S+)?\\s+([A-Za-z0-9_-]{1,64})\\s*$");

    private GroupInvitation() {}

    public static List<Reply> answer(Language language, String text) {
        RichText invite = new RichText().plain(Messages.get(language, "group.invite"));
        Button start = new Button.Start(Messages.get(language, "group.invite_button"), payload(text));
        return List.of(new Reply(invite.spans(), List.of(List.of(start)), false));
    }

    /** Where the private chat should open. */
    static String payload(String text) {
        Matcher start = START.matcher(text.strip());
        if (start.matches()) {
            return start.group(1);
        }
        return switch (Intents.of(text)) {
            case GUIDE -> Entry.GUIDE_LINK;
            case TIPS -> Entry.TIPS_LINK;
            default -> Entry.MENU_LINK;
        };
    }
}
