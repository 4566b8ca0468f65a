package org.relais.slack.fake;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/** What a person sees of Block Kit blocks: their visible text, and their buttons. */
final class BlockText {

    private BlockText() {
    }

    /** The visible text of the blocks, one line per piece: section text and fields, headers, context, buttons… */
    static String visible(JsonArray blocks) {
        List<String> lines = new ArrayList<>();
        if (blocks != null) {
            for (JsonElement element : blocks) {
                if (element.isJsonObject()) {
                    block(element.getAsJsonObject(), lines);
                }
            }
        }
        return String.join("\n", lines);
    }

    private static void block(JsonObject block, List<String> lines) {
        String type = String.valueOf(Json.string(block, "type"));
        switch (type) {
            case "section" -> {
                text(Json.object(block, "text"), lines);
                each(Json.array(block, "fields"), field -> text(field, lines));
                element(Json.object(block, "accessory"), lines);
            }
            case "header" -> text(Json.object(block, "text"), lines);
            case "markdown" -> add(Json.string(block, "text"), lines);
            case "context", "actions" -> each(Json.array(block, "elements"), item -> element(item, lines));
            case "input" -> text(Json.object(block, "label"), lines);
            case "rich_text" -> {
                StringBuilder rich = new StringBuilder();
                richText(Json.array(block, "elements"), rich);
                add(rich.toString(), lines);
            }
            default -> { }
        }
    }

    private static void element(JsonObject element, List<String> lines) {
        if (element == null) {
            return;
        }
        String type = String.valueOf(Json.string(element, "type"));
        if (type.equals("plain_text") || type.equals("mrkdwn")) {
            text(element, lines);
        } else {
            text(Json.object(element, "text"), lines);
        }
    }

    private static void text(JsonObject text, List<String> lines) {
        add(Json.string(text, "text"), lines);
    }

    private static void richText(JsonArray elements, StringBuilder out) {
        each(elements, element -> {
            switch (String.valueOf(Json.string(element, "type"))) {
                case "text" -> out.append(Json.string(element, "text"));
                case "link" -> out.append(Json.string(element, "text") != null ? Json.string(element, "text")
                        : Json.string(element, "url"));
                case "emoji" -> out.append(':').append(Json.string(element, "name")).append(':');
                case "user" -> out.append("<@").append(Json.string(element, "user_id")).append('>');
                default -> richText(Json.array(element, "elements"), out);
            }
        });
    }

    /** The buttons of the blocks, in order: actions blocks' elements and sections' accessories. */
    static List<Button> buttons(JsonArray blocks) {
        List<Button> buttons = new ArrayList<>();
        each(blocks, block -> {
            List<JsonObject> candidates = new ArrayList<>();
            each(Json.array(block, "elements"), candidates::add);
            JsonObject accessory = Json.object(block, "accessory");
            if (accessory != null) {
                candidates.add(accessory);
            }
            for (JsonObject element : candidates) {
                if ("button".equals(Json.string(element, "type"))) {
                    buttons.add(new Button(Json.string(Json.object(element, "text"), "text"),
                            Json.string(element, "action_id"), Json.string(block, "block_id"),
                            Json.string(element, "value"), Json.string(element, "url")));
                }
            }
        });
        return buttons;
    }

    private static void add(String text, List<String> lines) {
        if (text != null && !text.isEmpty()) {
            lines.add(text);
        }
    }

    private static void each(JsonArray array, java.util.function.Consumer<JsonObject> action) {
        if (array != null) {
            for (JsonElement element : array) {
                if (element.isJsonObject()) {
                    action.accept(element.getAsJsonObject());
                }
            }
        }
    }
}
