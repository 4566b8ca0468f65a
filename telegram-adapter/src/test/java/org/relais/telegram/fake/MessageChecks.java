package org.relais.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Bot API's checks of what a message carries, with Telegram's error descriptions: text and caption length
 * after entity parsing (UTF-16 code units), the HTML itself, and the inline keyboard.
 */
final class MessageChecks {

    static final int TEXT_LIMIT = 4096;
    static final int CAPTION_LIMIT = 1024;
    static final int CALLBACK_ANSWER_LIMIT = 200;
    static final int CALLBACK_DATA_BYTES = 64;

    private static final List<String> BUTTON_ACTIONS = List.of("url", "callback_data", "login_url",
            "switch_inline_query", "switch_inline_query_current_chat", "switch_inline_query_chosen_chat", "copy_text",
            "callback_game", "pay", "web_app");
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "tg", "ton");
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
    private static final Pattern HTTP_HOST = Pattern.compile("^(?:https?://)?(?:[^@/?#]*@)?([^/?#:]*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HOST_NAME = Pattern.compile("[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+\\.?");

    private MessageChecks() {
    }

    /** A message text: parsed per {@code parse_mode}, then 1–4096 characters once trailing blanks are dropped. */
    static HtmlEntities.Parsed text(String text, String parseMode, boolean strictAmpersand) {
        if (text == null) {
            throw ApiError.badRequest("message text is empty");
        }
        HtmlEntities.Parsed visible = visible(text, parseMode, strictAmpersand, TEXT_LIMIT, "message is too long");
        if (visible.text().isBlank()) {
            throw ApiError.badRequest("message text is empty");
        }
        return visible;
    }

    /** A caption: optional, at most 1024 characters after parsing. */
    static HtmlEntities.Parsed caption(String caption, String parseMode, boolean strictAmpersand) {
        if (caption == null) {
            return new HtmlEntities.Parsed("", List.of());
        }
        return visible(caption, parseMode, strictAmpersand, CAPTION_LIMIT, "message caption is too long");
    }

    private static HtmlEntities.Parsed visible(String text, String parseMode, boolean strictAmpersand, int limit,
            String tooLong) {
        HtmlEntities.Parsed parsed = parse(text, parseMode, strictAmpersand);
        String visible = parsed.text().stripTrailing();
        if (visible.length() > limit) {
            throw ApiError.badRequest(tooLong);
        }
        return new HtmlEntities.Parsed(visible, parsed.entities());
    }

    /** The visible text and entities; only HTML is parsed (Markdown text is taken as it is). */
    static HtmlEntities.Parsed parse(String text, String parseMode, boolean strictAmpersand) {
        String mode = parseMode == null ? "" : parseMode.toLowerCase(Locale.ROOT);
        return switch (mode) {
            case "", "markdown", "markdownv2" -> new HtmlEntities.Parsed(text, List.of());
            case "html" -> HtmlEntities.parse(text, strictAmpersand);
            default -> throw ApiError.badRequest("unsupported parse_mode");
        };
    }

    /** The shape of an inline keyboard, as the Bot API server parses it before anything else. */
    static void keyboardShape(JsonNode markup) {
        if (markup == null || !markup.has("inline_keyboard")) {
            return;
        }
        JsonNode rows = markup.get("inline_keyboard");
        if (!rows.isArray()) {
            throw ApiError.badRequest("field \"inline_keyboard\" of the InlineKeyboardMarkup must be an Array");
        }
        for (JsonNode row : rows) {
            if (!row.isArray()) {
                throw ApiError.badRequest("field \"inline_keyboard\" of the InlineKeyboardMarkup must be an Array of "
                        + "Arrays");
            }
            for (JsonNode button : row) {
                if (!button.hasNonNull("text")) {
                    throw ApiError.badRequest("can't parse inline keyboard button: Can't find field \"text\"");
                }
                long actions = BUTTON_ACTIONS.stream().filter(button::hasNonNull).count();
                if (actions == 0) {
                    throw ApiError.badRequest(
                            "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
                }
                if (actions > 1) {
                    throw ApiError.badRequest("can't parse inline keyboard button: a button must use exactly one of "
                            + "the optional fields");
                }
            }
        }
    }

    /** Button URLs (checked by TDLib) and callback data (checked by Telegram's servers), after the text. */
    static void keyboardContent(JsonNode markup) {
        if (markup == null || !markup.has("inline_keyboard")) {
            return;
        }
        for (JsonNode row : markup.get("inline_keyboard")) {
            for (JsonNode button : row) {
                if (button.hasNonNull("url")) {
                    checkUrl(button.get("url").asText());
                }
            }
        }
        for (JsonNode row : markup.get("inline_keyboard")) {
            for (JsonNode button : row) {
                if (button.has("callback_data")) {
                    int bytes = button.get("callback_data").asText().getBytes(StandardCharsets.UTF_8).length;
                    if (bytes < 1 || bytes > CALLBACK_DATA_BYTES) {
                        throw ApiError.badRequest("BUTTON_DATA_INVALID");
                    }
                }
            }
        }
    }

    private static void checkUrl(String url) {
        Matcher scheme = SCHEME.matcher(url);
        String protocol = scheme.find() ? scheme.group(1).toLowerCase(Locale.ROOT) : "http";
        if (url.regionMatches(true, 0, "localhost:", 0, 10)) {
            protocol = "http"; // "localhost:8080" has no scheme, only a port
        }
        if (!LINK_SCHEMES.contains(protocol)) {
            throw ApiError.badRequest("inline keyboard button URL '" + url + "' is invalid: Unsupported URL protocol");
        }
        if (protocol.startsWith("http")) {
            Matcher host = HTTP_HOST.matcher(url);
            if (!host.find() || !HOST_NAME.matcher(host.group(1)).matches()) {
                throw ApiError.badRequest("inline keyboard button URL '" + url + "' is invalid: Wrong HTTP URL");
            }
        }
    }

    /** {@code answerCallbackQuery}'s text: at most 200 characters. */
    static void callbackAnswer(String text) {
        if (text != null && text.length() > CALLBACK_ANSWER_LIMIT) {
            throw ApiError.badRequest("MESSAGE_TOO_LONG");
        }
    }
}
