package org.relais.slack.fake;

import com.google.gson.JsonObject;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/** The Web API methods the fake knows, with the token types each accepts. */
final class Routes {

    /** The kinds of token the fake issues. */
    enum Token {
        /** The bot token, {@code xoxb-…}. */
        BOT,
        /** The app-level token, {@code xapp-…}. */
        APP
    }

    /** A method: its name, the tokens it accepts, and what it does. */
    record Route(String name, Set<Token> tokens, BiFunction<Params, Token, JsonObject> handler) {
    }

    private final Map<String, Route> routes = new HashMap<>();

    Routes(WorkspaceMethods workspace, MessageMethods messages, ViewMethods views, FileMethods files) {
        add("auth.test", EnumSet.allOf(Token.class), workspace::authTest);
        add("apps.connections.open", EnumSet.of(Token.APP), workspace::connectionsOpen);
        add("conversations.open", EnumSet.of(Token.BOT), workspace::conversationsOpen);
        add("users.info", EnumSet.of(Token.BOT), workspace::usersInfo);
        bot("chat.postMessage", messages::postMessage);
        bot("chat.update", messages::update);
        bot("chat.postEphemeral", messages::postEphemeral);
        bot("views.publish", views::publish);
        bot("files.getUploadURLExternal", files::getUploadUrl);
        bot("files.completeUploadExternal", files::complete);
    }

    private void bot(String name, Function<Params, JsonObject> handler) {
        add(name, EnumSet.of(Token.BOT), (params, token) -> handler.apply(params));
    }

    private void add(String name, Set<Token> tokens, BiFunction<Params, Token, JsonObject> handler) {
        routes.put(name, new Route(name, tokens, handler));
    }

    /** The route of a method name (Slack's names are case-sensitive), or null. */
    Route find(String method) {
        return routes.get(method);
    }
}
