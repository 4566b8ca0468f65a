package org.relais.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.relais.slack.inbound.SlackEventsEndpoint;
import org.relais.slack.inbound.SlackRoutes;
import org.yaml.snakeyaml.Yaml;

/**
 * The app manifests in slack/ ask for what the adapter uses, no less: its slash command, the events
 * its listeners take, the scopes of the Web API methods it calls, and in HTTP mode the one endpoint.
 */
class SlackManifestTest {
    private static final List<String> SCOPES = List.of("chat:write", "im:history", "im:write", "commands",
            "app_mentions:read", "users:read", "files:write", "channels:read", "groups:read");
    private static final List<String> EVENTS = List.of("app_home_opened", "app_mention", "message.im",
            "member_joined_channel", "member_left_channel", "channel_left", "group_left");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> manifest(String name) throws IOException {
        return new Yaml().load(Files.readString(Path.of("..", "slack", name)));
    }

    @SuppressWarnings("unchecked")
    private static Object at(Map<String, Object> map, String... path) {
        Object node = map;
        for (String key : path) {
            node = ((Map<String, Object>) node).get(key);
        }
        return node;
    }

    @Test
    @SuppressWarnings("unchecked")
    void bothManifestsAskForTheCommandTheEventsAndTheScopesTheAdapterUses() throws IOException {
        for (String name : List.of("manifest-socket-mode.yaml", "manifest-http.yaml")) {
            Map<String, Object> manifest = manifest(name);
            List<Map<String, Object>> commands = (List<Map<String, Object>>) at(manifest, "features", "slash_commands");
            assertThat(commands).as(name).singleElement().satisfies(c -> assertThat(c.get("command")).isEqualTo(SlackRoutes.COMMAND));
            assertThat((List<String>) at(manifest, "oauth_config", "scopes", "bot")).as(name).containsExactlyInAnyOrderElementsOf(SCOPES);
            assertThat((List<String>) at(manifest, "settings", "event_subscriptions", "bot_events")).as(name)
                    .containsExactlyInAnyOrderElementsOf(EVENTS);
            assertThat(at(manifest, "settings", "interactivity", "is_enabled")).as(name).isEqualTo(true);
            assertThat(at(manifest, "features", "app_home", "home_tab_enabled")).as(name).isEqualTo(true);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void socketModeNeedsNoUrlAndHttpModeSendsEverythingToTheOneEndpoint() throws IOException {
        Map<String, Object> socket = manifest("manifest-socket-mode.yaml");
        assertThat(at(socket, "settings", "socket_mode_enabled")).isEqualTo(true);
        assertThat(at(socket, "settings", "event_subscriptions", "request_url")).isNull();
        Map<String, Object> http = manifest("manifest-http.yaml");
        assertThat(at(http, "settings", "socket_mode_enabled")).isEqualTo(false);
        List<Map<String, Object>> commands = (List<Map<String, Object>>) at(http, "features", "slash_commands");
        assertThat(List.of(at(http, "settings", "event_subscriptions", "request_url"), at(http, "settings", "interactivity", "request_url"),
                commands.get(0).get("url"))).allSatisfy(url -> assertThat((String) url).startsWith("https://").endsWith(SlackEventsEndpoint.PATH));
    }
}
