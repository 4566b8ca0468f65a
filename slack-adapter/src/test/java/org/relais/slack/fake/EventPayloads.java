package org.relais.slack.fake;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The pieces {@link SlackEvents} assembles: Slack's envelopes, a person's message, an action. */
final class EventPayloads {

    private EventPayloads() {
    }

    /** The {@code event_callback} envelope of an event. */
    static JsonObject callback(Workspace workspace, JsonObject event, String eventId) {
        JsonObject payload = new JsonObject();
        payload.addProperty("token", workspace.verificationToken());
        payload.addProperty("team_id", workspace.teamId());
        payload.addProperty("context_team_id", workspace.teamId());
        payload.add("context_enterprise_id", JsonNull.INSTANCE);
        payload.addProperty("api_app_id", workspace.appId());
        payload.add("event", event);
        payload.addProperty("type", "event_callback");
        payload.addProperty("event_id", eventId);
        payload.addProperty("event_time", System.currentTimeMillis() / 1000);
        JsonObject authorization = new JsonObject();
        authorization.add("enterprise_id", JsonNull.INSTANCE);
        authorization.addProperty("team_id", workspace.teamId());
        authorization.addProperty("user_id", workspace.botUserId());
        authorization.addProperty("is_bot", true);
        authorization.addProperty("is_enterprise_install", false);
        JsonArray authorizations = new JsonArray();
        authorizations.add(authorization);
        payload.add("authorizations", authorizations);
        payload.addProperty("is_ext_shared_channel", false);
        payload.addProperty("event_context", "4-" + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("{\"et\":\"message\",\"tid\":\"" + workspace.teamId() + "\",\"aid\":\""
                        + workspace.appId() + "\"}").getBytes(StandardCharsets.UTF_8)));
        return payload;
    }

    /** A person's message (without its channel): text, user, ts, and the rich-text block Slack clients send. */
    static JsonObject userMessage(Workspace workspace, String userId, String text, String ts) {
        JsonObject message = new JsonObject();
        message.addProperty("client_msg_id", UUID.randomUUID().toString());
        message.addProperty("type", "message");
        message.addProperty("text", text);
        message.addProperty("user", userId);
        message.addProperty("ts", ts);
        JsonObject section = new JsonObject();
        section.addProperty("type", "rich_text_section");
        JsonArray pieces = new JsonArray();
        JsonObject piece = new JsonObject();
        piece.addProperty("type", "text");
        piece.addProperty("text", text);
        pieces.add(piece);
        section.add("elements", pieces);
        JsonObject block = new JsonObject();
        block.addProperty("type", "rich_text");
        block.addProperty("block_id", Ids.alnum(5));
        JsonArray elements = new JsonArray();
        elements.add(section);
        block.add("elements", elements);
        JsonArray blocks = new JsonArray();
        blocks.add(block);
        message.add("blocks", blocks);
        message.addProperty("team", workspace.teamId());
        return message;
    }

    /** Puts a message event in its channel: {@code channel}, {@code event_ts}, {@code channel_type}. */
    static void place(JsonObject event, String channel, String eventTs) {
        event.addProperty("channel", channel);
        event.addProperty("event_ts", eventTs);
        event.addProperty("channel_type", channel.startsWith("D") ? "im" : channel.startsWith("G") ? "group"
                : "channel");
    }

    /** The common part of a {@code block_actions} payload. */
    static JsonObject actionBase(Workspace workspace, String userId, String triggerId) {
        JsonObject payload = new JsonObject();
        payload.addProperty("type", "block_actions");
        JsonObject user = new JsonObject();
        user.addProperty("id", userId);
        user.addProperty("username", userName(userId));
        user.addProperty("name", userName(userId));
        user.addProperty("team_id", workspace.teamId());
        payload.add("user", user);
        payload.addProperty("api_app_id", workspace.appId());
        payload.addProperty("token", workspace.verificationToken());
        payload.addProperty("trigger_id", triggerId);
        JsonObject team = new JsonObject();
        team.addProperty("id", workspace.teamId());
        team.addProperty("domain", workspace.teamDomain());
        payload.add("team", team);
        payload.add("enterprise", JsonNull.INSTANCE);
        payload.addProperty("is_enterprise_install", false);
        return payload;
    }

    /** The {@code actions} of a button press. */
    static JsonArray actions(Button button, String actionTs) {
        JsonObject action = new JsonObject();
        action.addProperty("action_id", button.actionId());
        action.addProperty("block_id", button.blockId());
        JsonObject text = new JsonObject();
        text.addProperty("type", "plain_text");
        text.addProperty("text", button.label());
        text.addProperty("emoji", true);
        action.add("text", text);
        if (button.value() != null) {
            action.addProperty("value", button.value());
        }
        action.addProperty("type", "button");
        action.addProperty("action_ts", actionTs);
        JsonArray actions = new JsonArray();
        actions.add(action);
        return actions;
    }

    /** The button with this {@code action_id}, or an exception naming those there are. */
    static Button button(List<Button> buttons, String actionId) {
        return buttons.stream().filter(button -> actionId.equals(button.actionId())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no button with action_id " + actionId + "; there are "
                        + buttons.stream().map(Button::actionId).toList()));
    }

    /** A person's Slack name, derived from their id. */
    static String userName(String userId) {
        return "user." + userId.toLowerCase(Locale.ROOT);
    }
}
