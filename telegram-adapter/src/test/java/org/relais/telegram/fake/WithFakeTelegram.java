package org.relais.telegram.fake;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** A fake per test and TelegramBots' real client on it, both closed after the test. */
abstract class WithFakeTelegram {

    protected final FakeTelegram fake = startFake();
    protected final FakeTelegramClient clients = new FakeTelegramClient(fake);
    protected final TelegramClient client = clients.client();

    /** The fake of each test; a test class may configure another. */
    FakeTelegram startFake() {
        return FakeTelegram.start();
    }

    @AfterEach
    void closeFake() {
        clients.close();
        fake.close();
    }

    static InlineKeyboardMarkup keyboard(InlineKeyboardButton... buttons) {
        return new InlineKeyboardMarkup(List.of(new InlineKeyboardRow(buttons)));
    }

    static InlineKeyboardButton button(String text, String data) {
        return InlineKeyboardButton.builder().text(text).callbackData(data).build();
    }
}
