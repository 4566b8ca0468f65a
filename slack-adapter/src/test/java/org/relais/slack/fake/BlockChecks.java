package org.relais.slack.fake;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Block Kit's rules for the blocks of a message or a view, with Slack's error texts and JSON pointers, such as
 * {@code must be less than 3001 characters [json-pointer:/blocks/0/text/text]}: at most 50 blocks in a message and
 * 100 in a view; known block types; {@code block_id} at most 255 characters and unique; section text at most 3000
 * characters and fields at most 10 of 2000; header text plain, at most 150; context at most 10 elements; actions at
 * most 25; images with a URL and alt text. Elements are checked by {@link ElementChecks}. Lengths count code points.
 */
final class BlockChecks {

    static final int MESSAGE_BLOCKS = 50;
    static final int VIEW_BLOCKS = 100;

    private final List<String> errors = new ArrayList<>();
    private final Set<String> blockIds = new HashSet<>();
    private final Set<String> messageActionIds = new HashSet<>();
    private final boolean actionIdsPerMessage;

    private BlockChecks(boolean actionIdsPerMessage) {
        this.actionIdsPerMessage = actionIdsPerMessage;
    }

    /**
     * The errors of these blocks, empty if they are valid.
     *
     * @param root the blocks' JSON pointer ({@code /blocks}, or {@code /view/blocks})
     * @param actionIdsPerMessage whether an {@code action_id} must be unique in the whole message or view (the fake's
     *     stricter option) rather than in its block (Slack's documented rule)
     */
    static List<String> check(JsonArray blocks, String root, int maxBlocks, boolean actionIdsPerMessage) {
        BlockChecks checks = new BlockChecks(actionIdsPerMessage);
        if (blocks.size() > maxBlocks) {
            checks.error("no more than " + maxBlocks + " items allowed", root);
        }
        for (int i = 0; i < blocks.size(); i++) {
            checks.block(blocks.get(i), root + "/" + i);
        }
        return List.copyOf(checks.errors);
    }

    void error(String message, String pointer) {
        errors.add(message + " [json-pointer:" + pointer + "]");
    }

    private void block(JsonElement element, String at) {
        if (!element.isJsonObject()) {
            error("expected an object", at);
            return;
        }
        JsonObject block = element.getAsJsonObject();
        String type = Json.string(block, "type");
        if (type == null) {
            error("missing required field: type", at);
            return;
        }
        blockId(block, at);
        ElementChecks elements = new ElementChecks(this, actionIdsPerMessage ? messageActionIds : new HashSet<>());
        switch (type) {
            case "section" -> section(block, at, elements);
            case "header" -> elements.text(block, "text", at, true, 150, true);
            case "context" -> each(list(block, "elements", at, 10), at + "/elements", elements::contextElement);
            case "actions" -> each(list(block, "elements", at, 25), at + "/elements", elements::interactive);
            case "divider" -> { }
            case "image" -> elements.image(block, at);
            case "rich_text" -> list(block, "elements", at, Integer.MAX_VALUE);
            case "markdown" -> elements.string(block, "text", at, 12_000, true);
            case "input" -> input(block, at, elements);
            default -> error("unsupported type: " + type, at + "/type");
        }
    }

    private void blockId(JsonObject block, String at) {
        if (!block.has("block_id")) {
            return;
        }
        String id = Json.string(block, "block_id");
        if (id == null || id.isEmpty()) {
            error("must be more than 0 characters", at + "/block_id");
        } else if (Json.length(id) > 255) {
            error("must be less than 256 characters", at + "/block_id");
        } else if (!blockIds.add(id)) {
            error("`block_id` \"" + id + "\" already exists", at + "/block_id");
        }
    }

    private void section(JsonObject block, String at, ElementChecks elements) {
        boolean hasText = block.has("text");
        JsonArray fields = Json.array(block, "fields");
        if (!hasText && fields == null) {
            error("missing required field: text", at);
        }
        if (hasText) {
            elements.text(block, "text", at, false, 3000, true);
        }
        if (fields != null) {
            if (fields.size() > 10) {
                error("no more than 10 items allowed", at + "/fields");
            }
            for (int i = 0; i < fields.size(); i++) {
                elements.textObject(fields.get(i), at + "/fields/" + i, false, 2000);
            }
        }
        JsonObject accessory = Json.object(block, "accessory");
        if (accessory != null) {
            elements.interactive(accessory, at + "/accessory");
        }
    }

    private void input(JsonObject block, String at, ElementChecks elements) {
        elements.text(block, "label", at, true, 2000, true);
        JsonObject element = Json.object(block, "element");
        if (element == null) {
            error("missing required field: element", at + "/element");
        } else {
            elements.interactive(element, at + "/element");
        }
    }

    /** The array field, checked to be present with 1 to {@code max} items; an empty array if it is not one. */
    private JsonArray list(JsonObject block, String field, String at, int max) {
        JsonArray items = Json.array(block, field);
        if (items == null) {
            error("missing required field: " + field, at + "/" + field);
            return new JsonArray();
        }
        if (items.isEmpty()) {
            error("must provide at least 1 items", at + "/" + field);
        } else if (items.size() > max) {
            error("no more than " + max + " items allowed", at + "/" + field);
        }
        return items;
    }

    private void each(JsonArray items, String at, java.util.function.BiConsumer<JsonObject, String> check) {
        for (int i = 0; i < items.size(); i++) {
            JsonElement item = items.get(i);
            if (item.isJsonObject()) {
                check.accept(item.getAsJsonObject(), at + "/" + i);
            } else {
                error("expected an object", at + "/" + i);
            }
        }
    }
}
