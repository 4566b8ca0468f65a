package org.relais.slack.fake;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.List;

/**
 * {@code chat.postMessage}, {@code chat.update} and {@code chat.postEphemeral}, and the same operations for response
 * URLs: the conversation must exist ({@code channel_not_found}; a user id stands for the DM with that user, as Slack
 * allows), the message too for an update ({@code message_not_found}), a message needs text or blocks
 * ({@code no_text}); blocks without text are accepted with a {@code missing_text} warning.
 */
final class MessageMethods {

    static final String MISSING_TEXT = "missing_text";

    private final SlackState state;

    MessageMethods(SlackState state) {
        this.state = state;
    }

    JsonObject postMessage(Params params) {
        String channel = channel(params.string("channel"));
        MessageContent content = MessageContent.read(params, state.actionIdsPerMessage());
        SlackMessage message = post(channel, params.string("thread_ts"), content, null);
        JsonObject answer = ok();
        answer.addProperty("channel", channel);
        answer.addProperty("ts", message.ts());
        answer.add("message", messageJson(state.workspace(), message));
        return warnIfNoText(answer, message);
    }

    JsonObject update(Params params) {
        String channel = channel(params.string("channel"));
        MessageContent content = MessageContent.read(params, state.actionIdsPerMessage());
        SlackMessage message = replace(channel, params.string("ts"), content, params.has("text"), false);
        JsonObject answer = ok();
        answer.addProperty("channel", channel);
        answer.addProperty("ts", message.ts());
        answer.addProperty("text", message.text());
        answer.add("message", messageJson(state.workspace(), message));
        return warnIfNoText(answer, message);
    }

    JsonObject postEphemeral(Params params) {
        String channel = channel(params.string("channel"));
        String user = params.string("user");
        if (state.directory().user(user) == null) {
            throw ApiError.invalid("user_not_found");
        }
        if (!state.directory().isMember(user, channel)) {
            throw ApiError.invalid("user_not_in_channel");
        }
        MessageContent content = MessageContent.read(params, state.actionIdsPerMessage());
        SlackMessage message = post(channel, params.string("thread_ts"), content, user);
        JsonObject answer = ok();
        answer.addProperty("message_ts", message.ts());
        return warnIfNoText(answer, message);
    }

    /** The conversation a message goes to, or {@code channel_not_found}. */
    String channel(String requested) {
        String channel = state.directory().resolve(requested);
        if (channel == null) {
            throw ApiError.invalid("channel_not_found");
        }
        return channel;
    }

    /** Posts a new message (ephemeral to a user if {@code ephemeralTo} is not null). */
    SlackMessage post(String channel, String threadTs, MessageContent content, String ephemeralTo) {
        if (!content.hasText() && !content.hasBlocks()) {
            throw ApiError.invalid("no_text");
        }
        String thread = threadTs == null || threadTs.isEmpty() ? null : threadTs;
        SlackMessage message = new SlackMessage(channel, state.ids().ts(), thread, content.text(), content.blocks(),
                ephemeralTo, Instant.now(), 0);
        state.store().put(message);
        return message;
    }

    /**
     * Replaces a message's text and blocks: blocks not given are kept (an empty array removes them), and so is the
     * text when {@code withText} is false. Only a response URL may replace an ephemeral message.
     */
    SlackMessage replace(String channel, String ts, MessageContent content, boolean withText,
            boolean ephemeralToo) {
        SlackMessage old = ts == null ? null : state.store().find(channel, ts);
        if (old == null && ephemeralToo && ts != null) {
            old = state.store().findEphemeral(channel, ts);
        }
        if (old == null) {
            throw ApiError.invalid("message_not_found");
        }
        String text = withText ? content.text() : old.text();
        JsonArray blocks = content.blocks() != null ? content.blocks() : old.blocks();
        if ((text == null || text.isEmpty()) && blocks.isEmpty()) {
            throw ApiError.invalid("no_text");
        }
        SlackMessage updated = new SlackMessage(channel, ts, old.threadTs(), text, blocks, old.ephemeralTo(),
                old.date(), old.edits() + 1);
        state.store().put(updated);
        return updated;
    }

    /** Deletes a message, or {@code message_not_found}. */
    void delete(String channel, String ts) {
        if (ts == null || !state.store().delete(channel, ts)) {
            throw ApiError.invalid("message_not_found");
        }
    }

    /** A message as the Web API returns it, and as interactive payloads carry it. */
    static JsonObject messageJson(Workspace workspace, SlackMessage message) {
        JsonObject json = new JsonObject();
        json.addProperty("user", workspace.botUserId());
        json.addProperty("type", "message");
        json.addProperty("ts", message.ts());
        json.addProperty("bot_id", workspace.botId());
        json.addProperty("app_id", workspace.appId());
        json.addProperty("text", message.text() == null ? "" : message.text());
        json.addProperty("team", workspace.teamId());
        json.add("bot_profile", workspace.botProfile());
        if (message.threadTs() != null) {
            json.addProperty("thread_ts", message.threadTs());
        }
        if (!message.blocks().isEmpty()) {
            json.add("blocks", message.blocks());
        }
        return json;
    }

    static JsonObject ok() {
        JsonObject answer = new JsonObject();
        answer.addProperty("ok", true);
        return answer;
    }

    private static JsonObject warnIfNoText(JsonObject answer, SlackMessage message) {
        if ((message.text() == null || message.text().isEmpty()) && !message.blocks().isEmpty()) {
            answer.addProperty("warning", MISSING_TEXT);
            JsonObject metadata = new JsonObject();
            metadata.add("warnings", Json.strings(List.of(MISSING_TEXT)));
            answer.add("response_metadata", metadata);
        }
        return answer;
    }
}
