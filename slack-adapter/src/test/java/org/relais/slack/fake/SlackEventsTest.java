package org.relais.slack.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.slack.api.app_backend.SlackSignature;
import com.slack.api.app_backend.events.payload.AppHomeOpenedPayload;
import com.slack.api.app_backend.events.payload.AppMentionPayload;
import com.slack.api.app_backend.events.payload.MessageBotPayload;
import com.slack.api.app_backend.events.payload.MessageChangedPayload;
import com.slack.api.app_backend.events.payload.MessagePayload;
import com.slack.api.app_backend.events.payload.UrlVerificationPayload;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.SlashCommandPayloadParser;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.util.JsonPayloadExtractor;
import com.slack.api.util.json.GsonFactory;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The inbound payloads read by Slack's own parsers, and the signatures checked by its verifier. */
class SlackEventsTest extends WithFakeSlack {

    private static final Gson GSON = GsonFactory.createSnakeCase();
    private static final String USER = "U0PAYLOAD";

    @BeforeEach
    void declareUser() {
        fake.declareUser(USER, "fr-CA");
    }

    private <T> T read(JsonObject payload, Class<T> type) {
        return GSON.fromJson(Json.write(payload), type);
    }

    @Test
    void aDmIsAMessageEventInTheUsersImChannel() {
        JsonObject json = fake.events().dm(USER, "Bonjour");
        MessagePayload payload = read(json, MessagePayload.class);

        assertThat(payload.getType()).isEqualTo("event_callback");
        assertThat(payload.getTeamId()).isEqualTo(fake.teamId());
        assertThat(payload.getApiAppId()).isEqualTo(fake.appId());
        assertThat(payload.getEventId()).startsWith("Ev");
        assertThat(payload.getEventTime()).isPositive();
        assertThat(payload.getEvent().getChannel()).isEqualTo(fake.dmChannel(USER));
        assertThat(payload.getEvent().getChannelType()).isEqualTo("im");
        assertThat(payload.getEvent().getUser()).isEqualTo(USER);
        assertThat(payload.getEvent().getText()).isEqualTo("Bonjour");
        assertThat(payload.getEvent().getTs()).matches("\\d{10}\\.\\d{6}");
        assertThat(payload.getEvent().getBotId()).isNull();
        assertThat(fake.events().dm(USER, "again").get("event_id").getAsString()).isNotEqualTo(payload.getEventId());
    }

    @Test
    void editsBotMessagesAndTheAppsOwnMessagesAreMarked() {
        String dm = fake.dmChannel(USER);
        JsonObject changedJson = fake.events().messageChanged(dm, USER, "1700000000.000100", "old", "new");
        MessageChangedPayload changed = read(changedJson, MessageChangedPayload.class);
        MessageBotPayload bot = read(fake.events().botMessage(dm, "B0OTHER", "beep"), MessageBotPayload.class);
        MessagePayload own = read(fake.events().ownMessage(dm, "mine"), MessagePayload.class);

        assertThat(changed.getEvent().getSubtype()).isEqualTo("message_changed");
        assertThat(changed.getEvent().getMessage().getText()).isEqualTo("new");
        assertThat(changed.getEvent().getMessage().getTs()).isEqualTo("1700000000.000100");
        assertThat(changedJson.getAsJsonObject("event").getAsJsonObject("previous_message").get("text").getAsString())
                .isEqualTo("old");
        assertThat(bot.getEvent().getSubtype()).isEqualTo("bot_message");
        assertThat(bot.getEvent().getBotId()).isEqualTo("B0OTHER");
        assertThat(own.getEvent().getBotId()).isEqualTo(fake.botId());
        assertThat(own.getEvent().getUser()).isEqualTo(fake.botUserId());
        assertThat(own.getEvent().getSubtype()).isNull();
    }

    @Test
    void aMentionNamesTheBotUserAndAHomeOpeningCarriesTheView() throws Exception {
        fake.declareChannel("C0GENERAL");
        AppMentionPayload mention = read(fake.events().mention("C0GENERAL", USER, "help", "1700000000.000001"),
                AppMentionPayload.class);
        methods.viewsPublish(r -> r.userId(USER).viewAsString("{\"type\":\"home\",\"blocks\":[]}"));
        AppHomeOpenedPayload home = read(fake.events().homeOpened(USER), AppHomeOpenedPayload.class);
        UrlVerificationPayload verification = read(fake.events().urlVerification(), UrlVerificationPayload.class);

        assertThat(mention.getEvent().getText()).isEqualTo("<@" + fake.botUserId() + "> help");
        assertThat(mention.getEvent().getThreadTs()).isEqualTo("1700000000.000001");
        assertThat(mention.getEvent().getChannel()).isEqualTo("C0GENERAL");
        assertThat(home.getEvent().getTab()).isEqualTo("home");
        assertThat(home.getEvent().getChannel()).isEqualTo(fake.dmChannel(USER));
        assertThat(home.getEvent().getView().getId()).isEqualTo(fake.homeView(USER).orElseThrow().viewId());
        assertThat(verification.getChallenge()).isNotBlank();
    }

    @Test
    void aSlashCommandIsAFormWithAResponseUrlOfTheFake() {
        String dm = fake.dmChannel(USER);
        JsonObject fields = fake.events().command(USER, dm, "/relais", "join Équipe & co");

        SlashCommandPayload command = new SlashCommandPayloadParser().parse(SlackEvents.formBody(fields));

        assertThat(command.getCommand()).isEqualTo("/relais");
        assertThat(command.getText()).isEqualTo("join Équipe & co");
        assertThat(command.getUserId()).isEqualTo(USER);
        assertThat(command.getChannelId()).isEqualTo(dm);
        assertThat(command.getChannelName()).isEqualTo("directmessage");
        assertThat(command.getTeamId()).isEqualTo(fake.teamId());
        assertThat(command.getApiAppId()).isEqualTo(fake.appId());
        assertThat(command.getTriggerId()).isNotBlank();
        assertThat(command.getResponseUrl()).startsWith(fake.url() + "/respond/");
    }

    @Test
    void aButtonPressCarriesTheMessageAsStoredAndAResponseUrl() throws Exception {
        String dm = fake.dmChannel(USER);
        methods.chatPostMessage(r -> r.channel(dm).text("Join?").blocksAsString("[{\"type\":\"actions\","
                + "\"elements\":[{\"type\":\"button\",\"text\":{\"type\":\"plain_text\",\"text\":\"Yes\"},"
                + "\"action_id\":\"join\",\"value\":\"team-3\"}]}]"));
        SlackMessage message = fake.lastMessage(dm).orElseThrow();

        String form = SlackEvents.payloadForm(fake.events().blockActions(USER, message, "join"));
        BlockActionPayload press = GSON.fromJson(new JsonPayloadExtractor().extractIfExists(form),
                BlockActionPayload.class);

        assertThat(form).startsWith("payload=%7B");
        assertThat(press.getType()).isEqualTo("block_actions");
        assertThat(press.getUser().getId()).isEqualTo(USER);
        assertThat(press.getContainer().getType()).isEqualTo("message");
        assertThat(press.getContainer().getMessageTs()).isEqualTo(message.ts());
        assertThat(press.getContainer().getChannelId()).isEqualTo(dm);
        assertThat(press.getChannel().getId()).isEqualTo(dm);
        assertThat(press.getMessage().getTs()).isEqualTo(message.ts());
        assertThat(press.getMessage().getBlocks()).hasSize(1);
        assertThat(press.getActions()).singleElement().satisfies(action -> {
            assertThat(action.getActionId()).isEqualTo("join");
            assertThat(action.getValue()).isEqualTo("team-3");
            assertThat(action.getType()).isEqualTo("button");
            assertThat(action.getBlockId()).isEqualTo(message.buttons().get(0).blockId());
        });
        assertThat(press.getResponseUrl()).startsWith(fake.url() + "/respond/");
        assertThat(press.getTriggerId()).isNotBlank();
        assertThatThrownBy(() -> fake.events().blockActions(USER, message, "leave"))
                .hasMessageContaining("[join]");
    }

    @Test
    void aButtonPressInTheHomeComesFromTheView() throws Exception {
        methods.viewsPublish(r -> r.userId(USER).viewAsString("{\"type\":\"home\",\"blocks\":[{\"type\":\"actions\","
                + "\"elements\":[{\"type\":\"button\",\"text\":{\"type\":\"plain_text\",\"text\":\"Refresh\"},"
                + "\"action_id\":\"refresh\"}]}]}"));

        BlockActionPayload press = read(fake.events().homeAction(USER, "refresh"), BlockActionPayload.class);

        assertThat(press.getContainer().getType()).isEqualTo("view");
        assertThat(press.getContainer().getViewId()).isEqualTo(fake.homeView(USER).orElseThrow().viewId());
        assertThat(press.getView().getType()).isEqualTo("home");
        assertThat(press.getChannel()).isNull();
        assertThat(press.getMessage()).isNull();
        assertThat(press.getResponseUrl()).isNull();
        assertThat(press.getActions().get(0).getActionId()).isEqualTo("refresh");
    }

    @Test
    void signaturesAreSlacksAsTheSdkComputesAndChecksThem() {
        String secret = fake.signingSecret();
        String body = SlackEvents.formBody(fake.events().command(USER, fake.dmChannel(USER), "/relais", "hi"));
        long now = SlackSigner.now();
        SlackSignature.Verifier verifier = new SlackSignature.Verifier(new SlackSignature.Generator(secret));

        String ours = new SlackSigner(secret).signature(now, body);
        String wrongSecret = new SlackSigner("not-the-secret").signature(now, body);
        long stale = SlackSigner.stale();
        String staleSignature = new SlackSigner(secret).signature(stale, body);

        assertThat(ours).isEqualTo(new SlackSignature.Generator(secret).generate(Long.toString(now), body))
                .startsWith("v0=").hasSize(67);
        assertThat(verifier.isValid(Long.toString(now), body, ours, now * 1000)).isTrue();
        assertThat(verifier.isValid(Long.toString(now), body, wrongSecret, now * 1000)).isFalse();
        assertThat(verifier.isValid(Long.toString(stale), body, staleSignature, now * 1000)).isFalse();
        assertThat(new SlackSigner(secret).headers(body, now)).containsOnlyKeys(List.of(SlackSigner.TIMESTAMP,
                SlackSigner.SIGNATURE));
    }
}
