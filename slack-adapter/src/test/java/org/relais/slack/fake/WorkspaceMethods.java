package org.relais.slack.fake;

import com.google.gson.JsonObject;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.TimeZone;
import java.util.function.Supplier;

/** {@code auth.test}, {@code apps.connections.open}, {@code conversations.open} and {@code users.info}. */
final class WorkspaceMethods {

    private final Workspace workspace;
    private final Directory directory;
    private final Supplier<FakeSocketMode> socketMode;

    WorkspaceMethods(Workspace workspace, Directory directory, Supplier<FakeSocketMode> socketMode) {
        this.workspace = workspace;
        this.directory = directory;
        this.socketMode = socketMode;
    }

    /** Who the token is: the bot user, or (for the app-level token) the app. */
    JsonObject authTest(Params params, Routes.Token token) {
        JsonObject answer = MessageMethods.ok();
        answer.addProperty("url", workspace.url());
        answer.addProperty("team", workspace.teamName());
        if (token == Routes.Token.APP) {
            answer.addProperty("team_id", workspace.teamId());
            answer.addProperty("app_name", workspace.botName());
            answer.addProperty("app_id", workspace.appId());
        } else {
            answer.addProperty("user", workspace.botName().toLowerCase(Locale.ROOT));
            answer.addProperty("team_id", workspace.teamId());
            answer.addProperty("user_id", workspace.botUserId());
            answer.addProperty("bot_id", workspace.botId());
        }
        answer.addProperty("is_enterprise_install", false);
        return answer;
    }

    /** A WebSocket URL of the fake Socket Mode server (started now if it was not). */
    JsonObject connectionsOpen(Params params, Routes.Token token) {
        JsonObject answer = MessageMethods.ok();
        answer.addProperty("url", socketMode.get().newUrl());
        return answer;
    }

    /** The DM with one user: its stable id; {@code already_open} once opened. */
    JsonObject conversationsOpen(Params params, Routes.Token token) {
        String users = params.string("users");
        if (users == null || users.isBlank()) {
            throw ApiError.invalid(params.has("channel") ? "channel_not_found" : "users_list_not_supplied");
        }
        String[] ids = users.split(",");
        if (ids.length > 1) {
            throw ApiError.invalid("method_not_supported_for_channel_type");
        }
        String userId = ids[0].trim();
        if (directory.user(userId) == null) {
            throw ApiError.invalid("user_not_found");
        }
        boolean open = directory.hasDm(userId);
        JsonObject channel = new JsonObject();
        channel.addProperty("id", directory.dm(userId));
        if (params.flag("return_im")) {
            channel.addProperty("created", 1_700_000_000L);
            channel.addProperty("is_im", true);
            channel.addProperty("is_org_shared", false);
            channel.addProperty("user", userId);
            channel.addProperty("is_user_deleted", false);
            channel.addProperty("priority", 0);
        }
        JsonObject answer = MessageMethods.ok();
        if (open) {
            answer.addProperty("no_op", true);
            answer.addProperty("already_open", true);
        }
        answer.add("channel", channel);
        return answer;
    }

    /** A user, with their {@code locale} only when {@code include_locale} is true; the bot user is a bot. */
    JsonObject usersInfo(Params params, Routes.Token token) {
        String id = params.string("user");
        boolean bot = workspace.botUserId().equals(id);
        Directory.User user = bot ? new Directory.User(id, directory.defaultLocale(), "America/Toronto")
                : directory.user(id);
        if (user == null) {
            throw ApiError.invalid("user_not_found");
        }
        String name = bot ? workspace.botName().toLowerCase(Locale.ROOT) : EventPayloads.userName(id);
        String realName = bot ? workspace.botName() : "User " + id;
        JsonObject json = new JsonObject();
        json.addProperty("id", id);
        json.addProperty("team_id", workspace.teamId());
        json.addProperty("name", name);
        json.addProperty("deleted", false);
        json.addProperty("real_name", realName);
        json.addProperty("tz", user.timeZone());
        ZoneId zone = ZoneId.of(user.timeZone());
        json.addProperty("tz_label", TimeZone.getTimeZone(zone).getDisplayName(false, TimeZone.LONG, Locale.ENGLISH));
        json.addProperty("tz_offset", zone.getRules().getOffset(Instant.now()).getTotalSeconds());
        JsonObject profile = new JsonObject();
        profile.addProperty("real_name", realName);
        profile.addProperty("display_name", name);
        profile.addProperty("team", workspace.teamId());
        json.add("profile", profile);
        json.addProperty("is_admin", false);
        json.addProperty("is_owner", false);
        json.addProperty("is_bot", bot);
        json.addProperty("is_app_user", false);
        json.addProperty("updated", 1_700_000_000L);
        if (params.flag("include_locale")) {
            json.addProperty("locale", user.locale());
        }
        JsonObject answer = MessageMethods.ok();
        answer.add("user", json);
        return answer;
    }
}
