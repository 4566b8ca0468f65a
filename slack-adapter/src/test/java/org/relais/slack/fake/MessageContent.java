package org.relais.slack.fake;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import java.util.List;

/**
 * The {@code text} and {@code blocks} of a message request, checked as Slack checks them: {@code blocks} must parse
 * to an array ({@code invalid_blocks_format}), the text be at most 40,000 characters ({@code msg_too_long}), the
 * blocks follow Block Kit ({@code invalid_blocks}); Slack's missing block and action ids are then filled in.
 *
 * @param text the text, or null if none was given
 * @param blocks the blocks, or null if none were given
 */
record MessageContent(String text, JsonArray blocks) {

    static final int MAX_TEXT = 40_000;

    /** Reads and checks the content of a request ({@code blocks} as JSON text or as JSON). */
    static MessageContent read(Params params, boolean actionIdsPerMessage) {
        JsonArray blocks;
        try {
            blocks = asBlocks(params.structured("blocks"));
        } catch (JsonParseException e) {
            throw ApiError.invalid("invalid_blocks_format");
        }
        return checked(params.string("text"), blocks, actionIdsPerMessage);
    }

    /** Checks a text and blocks already parsed (a response URL's JSON). */
    static MessageContent read(JsonObject body, boolean actionIdsPerMessage) {
        return checked(Json.string(body, "text"), asBlocks(body.get("blocks")), actionIdsPerMessage);
    }

    private static JsonArray asBlocks(JsonElement value) {
        if (value == null || value.isJsonNull()) {
            return null;
        }
        if (!value.isJsonArray()) {
            throw ApiError.invalid("invalid_blocks_format");
        }
        return value.getAsJsonArray().deepCopy();
    }

    private static MessageContent checked(String text, JsonArray blocks, boolean actionIdsPerMessage) {
        if (text != null && Json.length(text) > MAX_TEXT) {
            throw ApiError.invalid("msg_too_long");
        }
        if (blocks != null) {
            List<String> errors = BlockChecks.check(blocks, "/blocks", BlockChecks.MESSAGE_BLOCKS,
                    actionIdsPerMessage);
            if (!errors.isEmpty()) {
                throw ApiError.invalidBlocks(errors);
            }
            fillIds(blocks);
        }
        return new MessageContent(text, blocks);
    }

    boolean hasText() {
        return text != null && !text.isEmpty();
    }

    boolean hasBlocks() {
        return blocks != null && !blocks.isEmpty();
    }

    /** Gives a {@code block_id} to each block and an {@code action_id} to each element without one, as Slack does. */
    static void fillIds(JsonArray blocks) {
        for (JsonElement element : blocks) {
            JsonObject block = element.getAsJsonObject();
            if (!block.has("block_id")) {
                block.addProperty("block_id", Ids.alnum(5));
            }
            JsonArray elements = "actions".equals(Json.string(block, "type")) ? Json.array(block, "elements") : null;
            if (elements != null) {
                elements.forEach(item -> fillActionId(item.getAsJsonObject()));
            }
            fillActionId(Json.object(block, "accessory"));
            fillActionId(Json.object(block, "element"));
        }
    }

    private static void fillActionId(JsonObject element) {
        if (element != null && !element.has("action_id") && !"image".equals(Json.string(element, "type"))) {
            element.addProperty("action_id", Ids.alnum(5));
        }
    }
}
