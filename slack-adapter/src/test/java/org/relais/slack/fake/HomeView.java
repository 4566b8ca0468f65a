package org.relais.slack.fake;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;

/**
 * A user's App Home, as last published.
 *
 * @param userId the user
 * @param view the view as Slack returns it ({@code id}, {@code type} "home", {@code blocks}, {@code hash}…)
 * @param publishes how many times it was published
 */
public record HomeView(String userId, JsonObject view, int publishes) {

    public HomeView {
        view = view.deepCopy();
    }

    /** The view (a copy). */
    @Override
    public JsonObject view() {
        return view.deepCopy();
    }

    /** The view's id ({@code V…}), stable for a user's home. */
    public String viewId() {
        return Json.string(view, "id");
    }

    /** The blocks (a copy). */
    public JsonArray blocks() {
        JsonArray blocks = Json.array(view, "blocks");
        return blocks == null ? new JsonArray() : blocks.deepCopy();
    }

    /** The visible text of the blocks, one piece per line. */
    public String plainText() {
        return BlockText.visible(Json.array(view, "blocks"));
    }

    /** The buttons, in order. */
    public List<Button> buttons() {
        return BlockText.buttons(Json.array(view, "blocks"));
    }
}
