package org.relais.slack.fake;

import com.google.gson.JsonObject;

/**
 * The one workspace the fake serves and the app installed in it: ids, names and credentials.
 *
 * @param teamId the team id, such as {@code T0RELAIS1}
 * @param teamDomain the team's subdomain ({@code relais-test}.slack.com)
 * @param teamName the team's display name
 * @param botUserId the bot user's id ({@code U…}), the one mentions name
 * @param botId the bot's id ({@code B…})
 * @param appId the app's id ({@code A…})
 * @param botName the bot user's name
 * @param botToken the bot token ({@code xoxb-…})
 * @param appToken the app-level token ({@code xapp-…}), for Socket Mode
 * @param signingSecret the app's signing secret
 * @param verificationToken the legacy verification token Slack still puts in payloads
 */
record Workspace(String teamId, String teamDomain, String teamName, String botUserId, String botId, String appId,
        String botName, String botToken, String appToken, String signingSecret, String verificationToken) {

    /** The workspace URL, as {@code auth.test} gives it. */
    String url() {
        return "https://" + teamDomain + ".slack.com/";
    }

    /** The {@code bot_profile} Slack attaches to the bot's messages. */
    JsonObject botProfile() {
        JsonObject profile = new JsonObject();
        profile.addProperty("id", botId);
        profile.addProperty("deleted", false);
        profile.addProperty("name", botName);
        profile.addProperty("updated", 1_700_000_000L);
        profile.addProperty("app_id", appId);
        profile.add("icons", new JsonObject());
        profile.addProperty("team_id", teamId);
        return profile;
    }
}
