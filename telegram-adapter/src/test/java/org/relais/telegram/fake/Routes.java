package org.relais.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/** The methods the fake knows, by lower-case name (Telegram matches method names case-insensitively). */
final class Routes {

    /** A method: its canonical name and what it does. */
    record Route(String name, Function<Params, JsonNode> handler) {
    }

    /** The message-sending methods flood control counts. */
    static final Set<String> SENDING = Set.of("sendMessage", "sendPhoto", "editMessageText", "editMessageReplyMarkup");

    private final Map<String, Route> routes = new HashMap<>();

    Routes(BotSettings settings, MessageMethods messages, UpdateQueue updates, Supplier<Duration> longPollCap) {
        add("getMe", settings::getMe);
        add("setWebhook", settings::setWebhook);
        add("deleteWebhook", settings::deleteWebhook);
        add("getWebhookInfo", settings::getWebhookInfo);
        add("setMyCommands", settings::setMyCommands);
        add("getMyCommands", settings::getMyCommands);
        add("deleteMyCommands", settings::deleteMyCommands);
        add("getUpdates", params -> {
            settings.checkPollingAllowed();
            ArrayNode result = Params.JSON.createArrayNode();
            updates.poll(params, longPollCap.get()).forEach(result::add);
            return result;
        });
        add("sendMessage", messages::sendMessage);
        add("sendPhoto", messages::sendPhoto);
        add("editMessageText", messages::editMessageText);
        add("editMessageReplyMarkup", messages::editMessageReplyMarkup);
        add("answerCallbackQuery", messages::answerCallbackQuery);
    }

    private void add(String name, Function<Params, JsonNode> handler) {
        routes.put(name.toLowerCase(Locale.ROOT), new Route(name, handler));
    }

    /** The route of a method name in any case, or null. */
    Route find(String method) {
        return routes.get(method.toLowerCase(Locale.ROOT));
    }
}
