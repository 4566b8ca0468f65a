package org.relais.slack.fake;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Set;

/**
 * Block Kit's rules for elements and text objects, reporting to a {@link BlockChecks}: text objects are
 * {@code plain_text} or {@code mrkdwn} (plain text where Slack requires it), not empty, within their block's limit;
 * a button's text is plain, at most 75 characters, its {@code value} at most 2000, its {@code url} at most 3000, its
 * {@code style} primary or danger; an {@code action_id} is at most 255 characters and unique in its scope.
 */
final class ElementChecks {

    private final BlockChecks checks;
    private final Set<String> actionIds;

    ElementChecks(BlockChecks checks, Set<String> actionIds) {
        this.checks = checks;
        this.actionIds = actionIds;
    }

    /** An interactive element (button, select, overflow, date picker…) of an actions block, accessory or input. */
    void interactive(JsonObject element, String at) {
        String type = Json.string(element, "type");
        if (type == null) {
            checks.error("missing required field: type", at);
            return;
        }
        actionId(element, at);
        switch (type) {
            case "button" -> {
                text(element, "text", at, true, 75, true);
                string(element, "value", at, 2000, false);
                string(element, "url", at, 3000, false);
                String style = Json.string(element, "style");
                if (style != null && !style.equals("primary") && !style.equals("danger")) {
                    checks.error("must be one of: primary, danger", at + "/style");
                }
            }
            case "image" -> image(element, at);
            default -> { }
        }
    }

    /** An element of a context block: an image, or a text object. */
    void contextElement(JsonObject element, String at) {
        if ("image".equals(Json.string(element, "type"))) {
            image(element, at);
            return;
        }
        textObject(element, at, false, 3000);
    }

    /** An image block or element: a URL (or a Slack file) and alt text. */
    void image(JsonObject image, String at) {
        if (!image.has("slack_file")) {
            string(image, "image_url", at, 3000, true);
        }
        string(image, "alt_text", at, 2000, true);
    }

    /** A text object in {@code field} of {@code parent}, at {@code at + "/" + field}. */
    void text(JsonObject parent, String field, String at, boolean plainOnly, int max, boolean required) {
        String pointer = at + "/" + field;
        JsonElement value = member(parent, field, pointer, required);
        if (value != null) {
            textObject(value, pointer, plainOnly, max);
        }
    }

    /** A text object at {@code pointer}: plain text or mrkdwn (only plain if so required), 1 to max characters. */
    void textObject(JsonElement value, String pointer, boolean plainOnly, int max) {
        if (!value.isJsonObject()) {
            checks.error("expected an object", pointer);
            return;
        }
        JsonObject text = value.getAsJsonObject();
        String type = Json.string(text, "type");
        if (type == null) {
            checks.error("missing required field: type", pointer);
        } else if (plainOnly && !type.equals("plain_text")) {
            checks.error("must be plain_text", pointer + "/type");
        } else if (!type.equals("plain_text") && !type.equals("mrkdwn")) {
            checks.error("must be one of: plain_text, mrkdwn", pointer + "/type");
        }
        string(text, "text", pointer, max, true);
    }

    /** A string field: present if required, not empty, at most {@code max} code points. */
    void string(JsonObject parent, String field, String at, int max, boolean required) {
        String pointer = at + "/" + field;
        JsonElement value = member(parent, field, pointer, required);
        if (value == null) {
            return;
        }
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
            checks.error("expected a string", pointer);
            return;
        }
        int length = Json.length(value.getAsString());
        if (length == 0) {
            checks.error("must be more than 0 characters", pointer);
        } else if (length > max) {
            checks.error("must be less than " + (max + 1) + " characters", pointer);
        }
    }

    /** The value of {@code field}, or null when it is absent or null: an error if it is required. */
    private JsonElement member(JsonObject parent, String field, String pointer, boolean required) {
        JsonElement value = parent.get(field);
        if (value != null && !value.isJsonNull()) {
            return value;
        }
        if (required) {
            checks.error("missing required field: " + field, pointer);
        }
        return null;
    }

    private void actionId(JsonObject element, String at) {
        if (!element.has("action_id")) {
            return;
        }
        string(element, "action_id", at, 255, true);
        String id = Json.string(element, "action_id");
        if (id != null && !id.isEmpty() && !actionIds.add(id)) {
            checks.error("`action_id` \"" + id + "\" already exists", at + "/action_id");
        }
    }
}
