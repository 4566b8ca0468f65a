package org.relais.telegram.outbound;

import java.util.ArrayList;
import java.util.List;
import org.relais.core.chat.Button;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * A reply's buttons as an inline keyboard: choices carry their short payload as {@code
 * callback_data} (checked at 64 bytes by the engine's payload type), links are URL buttons, and a
 * start button is the bot's deep link. At most eight buttons a row: longer rows are wrapped.
 */
final class Keyboards {
    static final int PER_ROW = 8;

    private final String botUsername;

    Keyboards(String botUsername) {
        this.botUsername = botUsername;
    }

    InlineKeyboardMarkup markup(List<List<Button>> rows) {
        List<InlineKeyboardRow> keyboard = new ArrayList<>();
        for (List<Button> row : rows) {
            for (int i = 0; i < row.size(); i += PER_ROW) {
                InlineKeyboardRow line = new InlineKeyboardRow();
                row.subList(i, Math.min(row.size(), i + PER_ROW)).forEach(button -> line.add(button(button)));
                keyboard.add(line);
            }
        }
        return new InlineKeyboardMarkup(keyboard);
    }

    private InlineKeyboardButton button(Button button) {
        InlineKeyboardButton.InlineKeyboardButtonBuilder<?, ?> out = InlineKeyboardButton.builder().text(button.label());
        if (button instanceof Button.Choice choice) {
            return out.callbackData(choice.payload()).build();
        } else if (button instanceof Button.Link link) {
            return out.url(link.url()).build();
        } else if (button instanceof Button.Start start) {
            return out.url(deepLink(start.payload())).build();
        }
        throw new IllegalArgumentException("unknown button " + button.getClass());
    }

    /** {@code https://t.me/<bot>?start=<payload>}: opens the private chat and sends /start payload. */
    String deepLink(String payload) {
        return "https://t.me/" + botUsername + "?start=" + payload;
    }
}
