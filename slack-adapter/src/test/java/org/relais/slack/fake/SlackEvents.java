package org.relais.slack.fake;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Builds inbound payloads shaped like Slack's, with this fake's team, app and bot, unique ids
 * ({@code event_id}, {@code trigger_id}…) and timestamps from the fake's clock: Events API envelopes, slash commands
 * and {@code block_actions}. Obtained from {@link FakeSlack#events()}. Deliver them with an {@link Inbound}, or
 * render them for HTTP with {@link #formBody} and {@link #payloadForm}. The people's messages are not stored: the
 * fake keeps only the bot's.
 */
public final class SlackEvents {

    private final FakeSlack fake;
    private final SlackState state;

    SlackEvents(FakeSlack fake, SlackState state) {
        this.fake = fake;
        this.state = state;
    }

    /** A person's message in their DM with the app ({@code channel_type} {@code im}). */
    public JsonObject dm(String userId, String text) {
        return message(state.directory().dm(userId), userId, text);
    }

    /** A person's message in a channel (a DM {@code D…}, a channel {@code C…}, a private one {@code G…}). */
    public JsonObject message(String channel, String userId, String text) {
        state.directory().ensureUser(userId);
        String ts = state.ids().ts();
        JsonObject event = EventPayloads.userMessage(state.workspace(), userId, text, ts);
        EventPayloads.place(event, channel, ts);
        return callback(event);
    }

    /** A person's edit of their message {@code ts}: subtype {@code message_changed}, hidden. */
    public JsonObject messageChanged(String channel, String userId, String ts, String oldText, String newText) {
        String now = state.ids().ts();
        JsonObject message = EventPayloads.userMessage(state.workspace(), userId, newText, ts);
        JsonObject edited = new JsonObject();
        edited.addProperty("user", userId);
        edited.addProperty("ts", now);
        message.add("edited", edited);
        JsonObject event = new JsonObject();
        event.addProperty("type", "message");
        event.addProperty("subtype", "message_changed");
        event.add("message", message);
        event.add("previous_message", EventPayloads.userMessage(state.workspace(), userId, oldText, ts));
        event.addProperty("hidden", true);
        EventPayloads.place(event, channel, now);
        return callback(event);
    }

    /** A message from another app's bot: subtype {@code bot_message}, with its {@code bot_id}. */
    public JsonObject botMessage(String channel, String otherBotId, String text) {
        String ts = state.ids().ts();
        JsonObject event = new JsonObject();
        event.addProperty("type", "message");
        event.addProperty("subtype", "bot_message");
        event.addProperty("text", text);
        event.addProperty("ts", ts);
        event.addProperty("bot_id", otherBotId);
        event.addProperty("username", "Another bot");
        EventPayloads.place(event, channel, ts);
        return callback(event);
    }

    /** The echo of one of this app's own messages, as Slack delivers it: no subtype, but a {@code bot_id}. */
    public JsonObject ownMessage(String channel, String text) {
        String ts = state.ids().ts();
        JsonObject event = MessageMethods.messageJson(state.workspace(),
                new SlackMessage(channel, ts, null, text, null, null, Instant.now(), 0));
        EventPayloads.place(event, channel, ts);
        return callback(event);
    }

    /** A mention of the bot in a channel: {@code app_mention}, text {@code <@BOT_USER_ID> text}. */
    public JsonObject mention(String channel, String userId, String text) {
        return mention(channel, userId, text, null);
    }

    /** A mention of the bot in a thread of the channel ({@code threadTs} null: not in a thread). */
    public JsonObject mention(String channel, String userId, String text, String threadTs) {
        state.directory().ensureUser(userId);
        String ts = state.ids().ts();
        Workspace workspace = state.workspace();
        JsonObject event = EventPayloads.userMessage(workspace, userId, "<@" + workspace.botUserId() + "> " + text, ts);
        event.addProperty("type", "app_mention");
        if (threadTs != null) {
            event.addProperty("thread_ts", threadTs);
        }
        event.addProperty("channel", channel);
        event.addProperty("event_ts", ts);
        return callback(event);
    }

    /** A person opening the app's Home tab: {@code app_home_opened}, with the view if one was published. */
    public JsonObject homeOpened(String userId) {
        JsonObject event = new JsonObject();
        event.addProperty("type", "app_home_opened");
        event.addProperty("user", userId);
        event.addProperty("channel", state.directory().dm(userId));
        event.addProperty("tab", "home");
        event.addProperty("event_ts", state.ids().ts());
        HomeView home = state.store().home(userId);
        if (home != null) {
            event.add("view", home.view());
        }
        return callback(event);
    }

    /** The {@code url_verification} Slack sends when the Request URL is set; the app answers the challenge. */
    public JsonObject urlVerification() {
        JsonObject payload = new JsonObject();
        payload.addProperty("token", state.workspace().verificationToken());
        payload.addProperty("challenge", Ids.alnum(48));
        payload.addProperty("type", "url_verification");
        return payload;
    }

    /**
     * A slash command's fields (as a JSON object of strings, as Socket Mode carries them; {@link #formBody} for
     * HTTP), with a response URL minted by the fake, ephemeral to the user.
     *
     * @param command the command, such as {@code /relais}
     */
    public JsonObject command(String userId, String channel, String command, String text) {
        state.directory().ensureUser(userId);
        Workspace workspace = state.workspace();
        JsonObject fields = new JsonObject();
        fields.addProperty("token", workspace.verificationToken());
        fields.addProperty("team_id", workspace.teamId());
        fields.addProperty("team_domain", workspace.teamDomain());
        fields.addProperty("channel_id", channel);
        fields.addProperty("channel_name",
                channel.startsWith("D") ? "directmessage" : channel.toLowerCase(Locale.ROOT));
        fields.addProperty("user_id", userId);
        fields.addProperty("user_name", EventPayloads.userName(userId));
        fields.addProperty("command", command);
        fields.addProperty("text", text);
        fields.addProperty("api_app_id", workspace.appId());
        fields.addProperty("is_enterprise_install", "false");
        fields.addProperty("response_url", fake.newResponseUrl(channel, null, userId));
        fields.addProperty("trigger_id", state.ids().triggerId());
        return fields;
    }

    /** A press of a button (from {@link SlackMessage#buttons()}) on a message: {@code block_actions}. */
    public JsonObject blockActions(String userId, SlackMessage message, Button button) {
        JsonObject payload = EventPayloads.actionBase(state.workspace(), userId, state.ids().triggerId());
        JsonObject container = new JsonObject();
        container.addProperty("type", "message");
        container.addProperty("message_ts", message.ts());
        container.addProperty("channel_id", message.channel());
        container.addProperty("is_ephemeral", message.isEphemeral());
        payload.add("container", container);
        JsonObject channel = new JsonObject();
        channel.addProperty("id", message.channel());
        channel.addProperty("name", message.channel().startsWith("D") ? "directmessage" : message.channel());
        payload.add("channel", channel);
        if (!message.isEphemeral()) {
            payload.add("message", MessageMethods.messageJson(state.workspace(), message));
        }
        JsonObject inputState = new JsonObject();
        inputState.add("values", new JsonObject());
        payload.add("state", inputState);
        payload.addProperty("response_url", fake.newResponseUrl(message.channel(), message.ts(), userId));
        payload.add("actions", EventPayloads.actions(button, state.ids().ts()));
        return payload;
    }

    /** A press of the button with this {@code action_id} on a message. */
    public JsonObject blockActions(String userId, SlackMessage message, String actionId) {
        return blockActions(userId, message, EventPayloads.button(message.buttons(), actionId));
    }

    /** A press of a button in the user's App Home: container {@code view}, the view, no channel or message. */
    public JsonObject homeAction(String userId, Button button) {
        HomeView home = state.store().home(userId);
        if (home == null) {
            throw new IllegalArgumentException("no App Home was published for " + userId);
        }
        JsonObject payload = EventPayloads.actionBase(state.workspace(), userId, state.ids().triggerId());
        JsonObject container = new JsonObject();
        container.addProperty("type", "view");
        container.addProperty("view_id", home.viewId());
        payload.add("container", container);
        payload.add("view", home.view());
        payload.add("actions", EventPayloads.actions(button, state.ids().ts()));
        return payload;
    }

    /** A press of the button with this {@code action_id} in the user's App Home. */
    public JsonObject homeAction(String userId, String actionId) {
        HomeView home = state.store().home(userId);
        return homeAction(userId, EventPayloads.button(home == null ? List.of() : home.buttons(),
                actionId));
    }

    /** Fields (a slash command's) as an {@code application/x-www-form-urlencoded} body. */
    public static String formBody(JsonObject fields) {
        StringJoiner body = new StringJoiner("&");
        for (Map.Entry<String, JsonElement> field : fields.entrySet()) {
            JsonElement value = field.getValue();
            String text = value == null || value.isJsonNull() ? ""
                    : value.isJsonPrimitive() ? value.getAsString() : Json.write(value);
            body.add(encode(field.getKey()) + "=" + encode(text));
        }
        return body.toString();
    }

    /** An interactive payload as Slack POSTs it in HTTP mode: {@code payload=<url-encoded JSON>}. */
    public static String payloadForm(JsonObject payload) {
        return "payload=" + encode(Json.write(payload));
    }

    private JsonObject callback(JsonObject event) {
        return EventPayloads.callback(state.workspace(), event, state.ids().eventId());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
