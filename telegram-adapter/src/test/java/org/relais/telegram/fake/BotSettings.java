package org.relais.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** The bot's own settings: {@code getMe}, the webhook methods and the command menus. */
final class BotSettings {

    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]*");
    private static final Pattern COMMAND = Pattern.compile("[a-z0-9_]{1,32}");

    private final ChatStore chats;
    private final UpdateQueue updates;
    private final Map<String, List<MenuCommand>> menus = new HashMap<>();
    private Webhook webhook = Webhook.NONE;
    private long lastErrorDate;
    private String lastErrorMessage = "";

    BotSettings(ChatStore chats, UpdateQueue updates) {
        this.chats = chats;
        this.updates = updates;
    }

    JsonNode getMe(Params params) {
        return chats.bot().put("can_join_groups", true).put("can_read_all_group_messages", false)
                .put("supports_inline_queries", false).put("can_connect_to_business", false)
                .put("has_main_web_app", false);
    }

    synchronized JsonNode setWebhook(Params params) {
        String url = params.string("url");
        if (url == null || url.isEmpty()) {
            return deleteWebhook(params);
        }
        if (!url.toLowerCase(Locale.ROOT).startsWith("https://")) {
            throw ApiError.badRequest("bad webhook: An HTTPS URL must be provided for webhook");
        }
        String secret = params.string("secret_token");
        if (secret != null && secret.length() > 256) {
            throw ApiError.badRequest("secret token is too long");
        }
        if (secret != null && !SECRET.matcher(secret).matches()) {
            throw ApiError.badRequest("secret token contains unallowed characters");
        }
        List<String> allowed = new ArrayList<>();
        JsonNode types = params.json("allowed_updates", "can't parse allowed_updates JSON array");
        if (types != null) {
            types.forEach(type -> allowed.add(type.asText()));
        }
        if (params.bool("drop_pending_updates")) {
            updates.dropPending();
        }
        webhook = new Webhook(url, secret, allowed);
        return BooleanNode.TRUE;
    }

    synchronized JsonNode deleteWebhook(Params params) {
        if (params.bool("drop_pending_updates")) {
            updates.dropPending();
        }
        webhook = Webhook.NONE;
        return BooleanNode.TRUE;
    }

    synchronized Webhook webhook() {
        return webhook;
    }

    synchronized JsonNode getWebhookInfo(Params params) {
        ObjectNode info = Params.JSON.createObjectNode().put("url", webhook.url()).put("has_custom_certificate", false)
                .put("pending_update_count", updates.pendingCount());
        if (webhook.isSet()) {
            info.put("max_connections", 40);
            ArrayNode allowed = info.putArray("allowed_updates");
            webhook.allowedUpdates().forEach(allowed::add);
            if (lastErrorDate > 0) {
                info.put("last_error_date", lastErrorDate).put("last_error_message", lastErrorMessage);
            }
        }
        return info;
    }

    /** What Telegram reports after failing to deliver to the webhook: kept until the next error. */
    synchronized void webhookDeliveryFailed(long epochSecond, String message) {
        lastErrorDate = epochSecond;
        lastErrorMessage = message;
    }

    /** A getUpdates while a webhook is set is refused, as Telegram does. */
    synchronized void checkPollingAllowed() {
        if (webhook.isSet()) {
            throw new ApiError(409, "Conflict: can't use getUpdates method while webhook is active; use "
                    + "deleteWebhook to delete the webhook first", null, Rejection.Kind.VALIDATION);
        }
    }

    synchronized JsonNode setMyCommands(Params params) {
        JsonNode commands = params.json("commands", "can't parse commands JSON object");
        if (commands == null || !commands.isArray()) {
            throw ApiError.badRequest("parameter \"commands\" is required");
        }
        if (commands.size() > 100) {
            throw ApiError.badRequest("too many commands specified");
        }
        List<MenuCommand> menu = new ArrayList<>();
        for (JsonNode command : commands) {
            String name = command.path("command").asText();
            String description = command.path("description").asText();
            if (!COMMAND.matcher(name).matches()) {
                throw ApiError.badRequest("BOT_COMMAND_INVALID");
            }
            if (description.isBlank() || description.length() > 256) {
                throw ApiError.badRequest("BOT_COMMAND_DESCRIPTION_INVALID");
            }
            menu.add(new MenuCommand(name, description));
        }
        menus.put(key(params), List.copyOf(menu));
        return BooleanNode.TRUE;
    }

    synchronized JsonNode getMyCommands(Params params) {
        ArrayNode result = Params.JSON.createArrayNode();
        menus.getOrDefault(key(params), List.of())
                .forEach(c -> result.addObject().put("command", c.command()).put("description", c.description()));
        return result;
    }

    synchronized JsonNode deleteMyCommands(Params params) {
        menus.remove(key(params));
        return BooleanNode.TRUE;
    }

    synchronized List<MenuCommand> commands(String scope, String languageCode) {
        return menus.getOrDefault(scope + "|" + (languageCode == null ? "" : languageCode), List.of());
    }

    /** {@code scope|language}: the scope's type, then {@code :chat_id} and {@code :user_id} when it has them. */
    private static String key(Params params) {
        JsonNode scope = params.json("scope", "can't parse BotCommandScope JSON object");
        StringBuilder key = new StringBuilder(scope == null ? "default" : scope.path("type").asText("default"));
        if (scope != null && scope.hasNonNull("chat_id")) {
            key.append(':').append(scope.get("chat_id").asText());
        }
        if (scope != null && scope.hasNonNull("user_id")) {
            key.append(':').append(scope.get("user_id").asText());
        }
        String language = params.string("language_code");
        return key.append('|').append(language == null ? "" : language).toString();
    }
}
