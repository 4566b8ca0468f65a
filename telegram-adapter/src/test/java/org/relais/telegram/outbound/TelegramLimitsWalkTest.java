package org.relais.telegram.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relais.core.chat.Reply;
import org.relais.core.testing.ReplyWalker;
import org.relais.telegram.OkHttpTelegramApi;
import org.relais.telegram.fake.FakeTelegram;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Every reply the flows can produce, rendered for Telegram and sent to the fake Bot API, which
 * validates as Telegram does: HTML well-formed, at most 4096 characters once parsed, callback data of
 * at most 64 bytes, URL buttons Telegram accepts. Nothing may be refused.
 */
class TelegramLimitsWalkTest {
    @Test
    void everyReplyTheFlowsCanProduceIsAcceptedByTelegram() throws Exception {
        try (FakeTelegram fake = FakeTelegram.start();
                OkHttpTelegramApi api = new OkHttpTelegramApi(fake.token(), URI.create(fake.url()), Duration.ofSeconds(10))) {
            Keyboards keyboards = new Keyboards(fake.botUsername());
            int[] sent = {0};
            new ReplyWalker().walk(response -> {
                for (Reply reply : response.replies()) {
                    List<String> chunks = Chunks.split(reply.text());
                    for (int i = 0; i < chunks.size(); i++) {
                        InlineKeyboardMarkup markup = i == chunks.size() - 1 && !reply.rows().isEmpty()
                                ? keyboards.markup(reply.rows()) : null;
                        checkKeyboard(markup);
                        send(api, chunks.get(i), markup);
                        sent[0]++;
                    }
                }
            });
            assertThat(fake.rejections()).as("Telegram refused nothing").isEmpty();
            assertThat(sent[0]).isGreaterThan(2000);
        }
    }

    private static void checkKeyboard(InlineKeyboardMarkup markup) {
        if (markup == null) {
            return;
        }
        for (InlineKeyboardRow row : markup.getKeyboard()) {
            assertThat(row.size()).isLessThanOrEqualTo(Keyboards.PER_ROW);
            for (InlineKeyboardButton button : row) {
                if (button.getCallbackData() != null) {
                    assertThat(button.getCallbackData().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64);
                }
            }
        }
    }

    private static void send(OkHttpTelegramApi api, String html, InlineKeyboardMarkup markup) {
        try {
            api.call(SendMessage.builder().chatId("6023381147").text(html).parseMode("HTML").replyMarkup(markup).build());
        } catch (TelegramApiException e) {
            throw new AssertionError("Telegram refused: " + e.getMessage() + "\n" + html, e);
        }
    }
}
