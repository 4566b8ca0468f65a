package org.relais.telegram.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** The fake refuses what Telegram refuses, with Telegram's descriptions, and records each refusal. */
class FakeTelegramValidationTest extends WithFakeTelegram {

    private static final String EMOJI = "\uD83D\uDCE3"; // 📣: two UTF-16 code units

    private TelegramApiRequestException refused(SendMessage message) {
        return catchThrowableOfType(TelegramApiRequestException.class, () -> client.execute(message));
    }

    private static SendMessage html(String text) {
        return SendMessage.builder().chatId(1L).text(text).parseMode("HTML").build();
    }

    private static SendMessage withKeyboard(InlineKeyboardMarkup markup) {
        return SendMessage.builder().chatId(1L).text("Choose").replyMarkup(markup).build();
    }

    @Test
    void theLengthIsCountedAfterEntityParsingInUtf16CodeUnits() throws TelegramApiException {
        client.execute(html("<b>" + "a".repeat(4096) + "</b>"));
        client.execute(SendMessage.builder().chatId(1L).text(EMOJI.repeat(2048)).build());

        TelegramApiRequestException tooLong = refused(SendMessage.builder().chatId(1L).text("a".repeat(4097)).build());
        TelegramApiRequestException emoji = refused(SendMessage.builder().chatId(1L).text(EMOJI.repeat(2049)).build());

        assertThat(tooLong.getErrorCode()).isEqualTo(400);
        assertThat(tooLong.getApiResponse()).isEqualTo("Bad Request: message is too long");
        assertThat(emoji.getApiResponse()).isEqualTo("Bad Request: message is too long");
        assertThat(fake.messages(1)).hasSize(2);
        assertThat(fake.rejections()).hasSize(2).allSatisfy(r -> {
            assertThat(r.kind()).isEqualTo(Rejection.Kind.VALIDATION);
            assertThat(r.method()).isEqualTo("sendMessage");
        });
    }

    @Test
    void aTextWithNothingVisibleIsEmpty() {
        assertThat(refused(html("<b></b>")).getApiResponse()).isEqualTo("Bad Request: message text is empty");
        assertThat(refused(SendMessage.builder().chatId(1L).text(" \n ").build()).getApiResponse())
                .isEqualTo("Bad Request: message text is empty");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<b>bold                  | Can't find end tag corresponding to start tag \"b\"",
        "<b><i>x</b></i>          | Unmatched end tag at byte offset 7, expected \"</i>\", found \"</b>\"",
        "<div>x</div>             | Unsupported start tag \"div\" at byte offset 0",
        "1 < 2                    | Unsupported start tag \"\" at byte offset 2",
        "x</b>                    | Unexpected end tag at byte offset 1",
        "é <a href=x              | Unclosed start tag at byte offset 3",
        "<span>x</span>           | Tag \"span\" must have class \"tg-spoiler\" at byte offset 0",
    })
    void malformedHtmlCannotBeParsed(String html, String detail) {
        TelegramApiRequestException refused = refused(html(html));

        assertThat(refused.getErrorCode()).isEqualTo(400);
        assertThat(refused.getApiResponse()).isEqualTo("Bad Request: can't parse entities: " + detail);
    }

    @Test
    void entitiesAndABareAmpersandAreReadAsTelegramReadsThem() throws TelegramApiException {
        var sent = client.execute(html("AT&T &lt;3 &#128227; <a href=\"https://x.org/?a=1&amp;b=2\">vote</a> "
                + "<span class=\"tg-spoiler\">s</span> <pre><code class=\"language-java\">x</code></pre>"));

        assertThat(sent.getText()).isEqualTo("AT&T <3 " + EMOJI + " vote s x");
        assertThat(sent.getEntities()).extracting(e -> e.getType() + "@" + e.getOffset() + "+" + e.getLength())
                .containsExactly("text_link@11+4", "spoiler@16+1", "pre@18+1");
        assertThat(sent.getEntities().get(0).getUrl()).isEqualTo("https://x.org/?a=1&b=2");
        assertThat(sent.getEntities().get(2).getLanguage()).isEqualTo("java");
    }

    @Test
    void theStrictModeAlsoRefusesABareAmpersand() {
        try (FakeTelegram strict = FakeTelegram.builder().strictAmpersand(true).start();
                FakeTelegramClient strictClient = new FakeTelegramClient(strict)) {
            var refused = catchThrowableOfType(TelegramApiRequestException.class,
                    () -> strictClient.client().execute(html("AT&T")));

            assertThat(refused.getApiResponse()).startsWith("Bad Request: can't parse entities: unescaped \"&\" at "
                    + "byte offset 2");
        }
    }

    @Test
    void callbackDataIsOneToSixtyFourBytes() throws TelegramApiException {
        client.execute(withKeyboard(keyboard(button("ok", "é".repeat(32)))));

        var tooLong = refused(withKeyboard(keyboard(button("x", "a".repeat(65)))));
        var multiByte = refused(withKeyboard(keyboard(button("x", "é".repeat(33)))));

        assertThat(tooLong.getApiResponse()).isEqualTo("Bad Request: BUTTON_DATA_INVALID");
        assertThat(multiByte.getApiResponse()).isEqualTo("Bad Request: BUTTON_DATA_INVALID");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "mailto:contact@relais.org | Unsupported URL protocol",
        "ftp://files.relais.org    | Unsupported URL protocol",
        "http://localhost:8080/x   | Wrong HTTP URL",
    })
    void aUrlButtonNeedsAPublicHttpOrTgLink(String url, String why) {
        var refused = refused(withKeyboard(keyboard(InlineKeyboardButton.builder().text("Mail").url(url).build())));

        assertThat(refused.getApiResponse())
                .isEqualTo("Bad Request: inline keyboard button URL '" + url + "' is invalid: " + why);
    }

    @Test
    void goodUrlButtonsPass() throws TelegramApiException {
        client.execute(withKeyboard(keyboard(InlineKeyboardButton.builder().text("a").url("https://relais.org").build(),
                InlineKeyboardButton.builder().text("b").url("tg://resolve?domain=relais").build())));

        assertThat(fake.rejections()).isEmpty();
    }

    @Test
    void aButtonUsesExactlyOneAction() {
        var none = refused(withKeyboard(keyboard(InlineKeyboardButton.builder().text("Just text").build())));
        var both = refused(withKeyboard(keyboard(InlineKeyboardButton.builder().text("Both").callbackData("x")
                .url("https://relais.org").build())));

        assertThat(none.getApiResponse()).isEqualTo(
                "Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
        assertThat(both.getApiResponse()).startsWith("Bad Request: can't parse inline keyboard button:");
    }

    @Test
    void aCallbackAnswerIsAtMostTwoHundredCharacters() throws TelegramApiException {
        fake.enqueue(fake.updates().inaccessibleCallback(1, "fr", 1, "x"));
        String id = fake.unansweredCallbacks().iterator().next();

        var refused = catchThrowableOfType(TelegramApiRequestException.class, () -> client.execute(
                AnswerCallbackQuery.builder().callbackQueryId(id).text("a".repeat(201)).build()));
        client.execute(AnswerCallbackQuery.builder().callbackQueryId(id).text("a".repeat(200)).build());

        assertThat(refused.getApiResponse()).isEqualTo("Bad Request: MESSAGE_TOO_LONG");
        assertThat(fake.unansweredCallbacks()).isEmpty();
    }
}
