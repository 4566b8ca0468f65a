package org.relais.slack.fake;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import java.util.HashMap;
import java.util.Map;
import org.relais.core.testing.loopback.LoopbackRequest;

/**
 * Response URLs ({@code {url}/respond/{id}}), minted for a channel and optionally a message and a user, answering a
 * JSON POST as Slack does: {@code replace_original} replaces the message (its text and blocks, entirely; an
 * ephemeral message too), {@code delete_original} deletes it, else a new message is posted, ephemeral to the user unless
 * {@code response_type} is {@code in_channel}. A URL serves {@value #MAX_USES} times; after that, and for an unknown
 * URL, it answers 404; a bad payload gets 400 (the error in a JSON body).
 */
final class ResponseUrls {

    static final int MAX_USES = 5;

    /** Where a response URL's answers go. */
    record Target(String channel, String messageTs, String userId) {
    }

    private final MessageMethods messages;
    private final boolean actionIdsPerMessage;
    private final Map<String, Target> targets = new HashMap<>();
    private final Map<String, Integer> uses = new HashMap<>();

    ResponseUrls(MessageMethods messages, boolean actionIdsPerMessage) {
        this.messages = messages;
        this.actionIdsPerMessage = actionIdsPerMessage;
    }

    /** A new URL's id. */
    synchronized String mint(String channel, String messageTs, String userId) {
        String id = Ids.digits(13) + "/" + Ids.alnum(24);
        targets.put(id, new Target(channel, messageTs, userId));
        return id;
    }

    /** The target of a URL id, or null. */
    synchronized Target target(String id) {
        return targets.get(id);
    }

    /** Reads a POSTed body (JSON, or a form with {@code payload=}). */
    static JsonObject read(LoopbackRequest request) {
        try {
            if (request.hasType("application/x-www-form-urlencoded")) {
                String payload = LoopbackRequest.decodeForm(request.text()).get("payload");
                return Json.parseObject(payload == null ? "" : payload);
            }
            return Json.parseObject(request.text());
        } catch (JsonParseException e) {
            throw ApiError.invalid("invalid_payload").withStatus(400);
        }
    }

    /** Answers a POST to the URL {@code id}: {@code {"ok":true}}, or an {@link ApiError} with its status. */
    JsonObject respond(String id, JsonObject body) {
        Target target;
        synchronized (this) {
            target = targets.get(id);
            if (target == null) {
                throw ApiError.of("no_service", Rejection.Kind.ROUTING).withStatus(404);
            }
            if (uses.getOrDefault(id, 0) >= MAX_USES) {
                throw ApiError.of("used_url", Rejection.Kind.ROUTING).withStatus(404);
            }
            uses.merge(id, 1, Integer::sum);
        }
        try {
            apply(target, body);
        } catch (ApiError e) {
            synchronized (this) {
                uses.merge(id, -1, Integer::sum);
            }
            throw e.withStatus(e.error.equals("message_not_found") ? 404 : 400);
        }
        return MessageMethods.ok();
    }

    private void apply(Target target, JsonObject body) {
        if (isTrue(body, "delete_original")) {
            messages.delete(target.channel(), target.messageTs());
            return;
        }
        MessageContent content = MessageContent.read(body, actionIdsPerMessage);
        if (isTrue(body, "replace_original")) {
            JsonArray blocks = content.blocks() == null ? new JsonArray() : content.blocks();
            messages.replace(target.channel(), target.messageTs(), new MessageContent(content.text(), blocks), true,
                    true);
            return;
        }
        boolean inChannel = "in_channel".equals(Json.string(body, "response_type")) || target.userId() == null;
        messages.post(target.channel(), Json.string(body, "thread_ts"), content,
                inChannel ? null : target.userId());
    }

    private static boolean isTrue(JsonObject body, String field) {
        return "true".equals(Json.string(body, field));
    }
}
