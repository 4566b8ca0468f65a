package org.relais.slack.fake;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code views.publish}: a user's App Home. The view (JSON text or JSON) must be of type {@code home} with at most
 * 100 valid blocks; Slack answers a bad view with {@code invalid_arguments} and the details in
 * {@code response_metadata.messages} (pointers under {@code /view}). A {@code hash} that is not the current one gets
 * {@code hash_conflict}. The home's view id stays the same across publishes; its hash changes.
 */
final class ViewMethods {

    private final SlackState state;

    ViewMethods(SlackState state) {
        this.state = state;
    }

    JsonObject publish(Params params) {
        String userId = params.string("user_id");
        if (state.directory().user(userId) == null) {
            throw ApiError.invalid("user_not_found");
        }
        JsonObject view = view(params);
        HomeView current = state.store().home(userId);
        String hash = params.string("hash");
        if (hash != null && !hash.isEmpty() && current != null && !hash.equals(Json.string(current.view(), "hash"))) {
            throw ApiError.invalid("hash_conflict");
        }
        JsonObject published = stored(view, current == null ? state.ids().viewId() : current.viewId());
        state.store().publish(new HomeView(userId, published, current == null ? 1 : current.publishes() + 1));
        JsonObject answer = MessageMethods.ok();
        answer.add("view", published);
        return answer;
    }

    private JsonObject view(Params params) {
        JsonElement parsed;
        try {
            parsed = params.structured("view");
        } catch (JsonParseException e) {
            throw ApiError.invalidArguments(List.of("failed to parse the view as JSON [json-pointer:/view]"));
        }
        if (parsed == null || !parsed.isJsonObject()) {
            throw ApiError.invalidArguments(List.of("missing required field: view [json-pointer:/view]"));
        }
        JsonObject view = parsed.getAsJsonObject().deepCopy();
        List<String> errors = new ArrayList<>();
        if (!"home".equals(Json.string(view, "type"))) {
            errors.add("must be home [json-pointer:/view/type]");
        }
        JsonArray blocks = Json.array(view, "blocks");
        if (blocks == null) {
            errors.add("missing required field: blocks [json-pointer:/view/blocks]");
        } else {
            errors.addAll(
                    BlockChecks.check(blocks, "/view/blocks", BlockChecks.VIEW_BLOCKS, state.actionIdsPerMessage()));
        }
        limit(view, "private_metadata", 3000, errors);
        limit(view, "callback_id", 255, errors);
        limit(view, "external_id", 255, errors);
        if (!errors.isEmpty()) {
            throw ApiError.invalidArguments(errors);
        }
        MessageContent.fillIds(blocks);
        return view;
    }

    private static void limit(JsonObject view, String field, int max, List<String> errors) {
        String value = Json.string(view, field);
        if (value != null && Json.length(value) > max) {
            errors.add("must be less than " + (max + 1) + " characters [json-pointer:/view/" + field + "]");
        }
    }

    /** The view as Slack stores and returns it. */
    private JsonObject stored(JsonObject view, String viewId) {
        Workspace workspace = state.workspace();
        JsonObject json = new JsonObject();
        json.addProperty("id", viewId);
        json.addProperty("team_id", workspace.teamId());
        json.addProperty("type", "home");
        json.add("blocks", view.get("blocks"));
        json.addProperty("private_metadata", orEmpty(Json.string(view, "private_metadata")));
        json.addProperty("callback_id", orEmpty(Json.string(view, "callback_id")));
        JsonObject viewState = new JsonObject();
        viewState.add("values", new JsonObject());
        json.add("state", viewState);
        json.addProperty("hash", state.ids().ts() + "." + Ids.hex(8));
        json.add("title", view.has("title") ? view.get("title") : JsonNull.INSTANCE);
        json.addProperty("clear_on_close", false);
        json.addProperty("notify_on_close", false);
        json.add("close", JsonNull.INSTANCE);
        json.add("submit", JsonNull.INSTANCE);
        json.add("previous_view_id", JsonNull.INSTANCE);
        json.addProperty("root_view_id", viewId);
        json.addProperty("app_id", workspace.appId());
        json.addProperty("external_id", orEmpty(Json.string(view, "external_id")));
        json.addProperty("app_installed_team_id", workspace.teamId());
        json.addProperty("bot_id", workspace.botId());
        return json;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
