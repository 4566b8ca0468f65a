package org.relais.slack.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.app_backend.events.payload.AppHomeOpenedPayload;
import com.slack.api.app_backend.events.payload.AppMentionPayload;
import com.slack.api.app_backend.events.payload.ChannelLeftPayload;
import com.slack.api.app_backend.events.payload.MemberJoinedChannelPayload;
import com.slack.api.app_backend.events.payload.MemberLeftChannelPayload;
import com.slack.api.app_backend.events.payload.MessageFileSharePayload;
import com.slack.api.app_backend.events.payload.MessagePayload;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.SlashCommandPayloadParser;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.util.json.GsonFactory;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.relais.core.chat.ConversationKey;
import org.relais.core.chat.Event;
import org.relais.slack.People;

/**
 * What the translator decides for each documented payload shape (under {@code payloads/}, parsed by
 * the SDK's own Gson and form parser): which becomes which engine event, in which conversation,
 * answered where, with which delivery id and language hint; and what is left alone.
 */
class SlackTranslatorTest {
    private static final Gson SLACK_JSON = GsonFactory.createSnakeCase();
    private static final String BOT = "U0RELAISBOT";
    private static final String MARIE = "U0MARIE01";
    private static final String DM = "D0MARIEDM1";
    private static final String TABLE = "C0TABLE01";
    private static final String TS = "1764000000.000100";
    private static final String RESPONSE_URL = "https://hooks.slack.com/commands/T0RELAIS1/8201839281664/Qm9uam91cg";
    private static final ConversationKey KEY = new ConversationKey("slack", MARIE);

    /** People as Slack would answer: Marie writes in Québec French; her DM with the app is {@link #DM}. */
    private static final class KnownPeople implements People {
        final Map<String, String> remembered = new HashMap<>();

        @Override
        public Optional<String> locale(String userId) {
            return userId.equals(MARIE) ? Optional.of("fr-CA") : Optional.empty();
        }

        @Override
        public String directChannel(String userId) {
            return userId.equals(MARIE) ? DM : "D0" + userId.substring(2);
        }

        @Override
        public void remember(String userId, String directChannel) {
            remembered.put(userId, directChannel);
        }
    }

    private final KnownPeople people = new KnownPeople();
    private final SlackTranslator translator = new SlackTranslator(BOT, people);
    private final RecordedPayloads payloads = new RecordedPayloads().with("token", "Jhj5dZrVaK7ZwHHjRyZWjbDl")
            .with("team", "T0RELAIS1").with("app", "A0RELAISAPP").with("bot", BOT).with("bot_id", "B0RELAISBOT")
            .with("user", MARIE).with("dm", DM).with("channel", DM).with("channel_name", "directmessage").with("ts", TS)
            .with("message_ts", "1764000000.000200").with("response_url", RESPONSE_URL);

    private <T> T parse(String fixture, Class<T> type, Consumer<JsonObject> change) {
        JsonObject json = JsonParser.parseString(payloads.json(fixture)).getAsJsonObject();
        change.accept(json);
        return SLACK_JSON.fromJson(json, type);
    }

    private static Consumer<JsonObject> event(String field, String value) {
        return json -> json.getAsJsonObject("event").addProperty(field, value);
    }

    private static Consumer<JsonObject> action(String field, String value) {
        return json -> json.getAsJsonArray("actions").get(0).getAsJsonObject().addProperty(field, value);
    }

    private Optional<SlackInbound> message(Consumer<JsonObject> change) {
        MessagePayload payload = parse("message-im.json", MessagePayload.class, change);
        return translator.message(payload.getEventId(), payload.getEvent());
    }

    private Optional<SlackInbound> mention(Consumer<JsonObject> change) {
        payloads.with("channel", TABLE);
        AppMentionPayload payload = parse("app-mention.json", AppMentionPayload.class, change);
        return translator.mention(payload.getEventId(), payload.getEvent());
    }

    private Optional<SlackInbound> command(String text) {
        String body = payloads.form("slash-command.form").replace("&text=guide&", "&text=" + text + "&");
        SlashCommandPayload command = new SlashCommandPayloadParser().parse(body);
        return translator.command(command);
    }

    private Optional<SlackInbound> press(Consumer<JsonObject> change) {
        return translator.action(parse("block-actions.json", BlockActionPayload.class, change));
    }

    @Test
    void aDirectMessageIsTextInThatDirectMessage() {
        SlackInbound in = message(json -> {}).orElseThrow();
        assertThat(in.event()).isInstanceOf(Event.Text.class);
        assertThat(((Event.Text) in.event()).text()).isEqualTo("bonjour");
        assertThat(in.event().origin().key()).isEqualTo(KEY);
        assertThat(in.event().origin().chatId()).isEqualTo(DM);
        assertThat(in.event().origin().deliveryId()).isEqualTo("Ev0RELAIS0IM");
        assertThat(in.event().origin().languageHint()).contains("fr-CA");
        assertThat(in.reach()).isEqualTo(SlackReach.post(DM));
        assertThat(people.remembered).as("Slack named the DM: no need to open it").containsEntry(MARIE, DM);
    }

    @Test
    void theTextOfADirectMessageIsWhatWasTyped() {
        Event.Text text = (Event.Text) message(event("text", "écrire à <mailto:depute@example.org|depute@example.org> &amp; #PSOC"))
                .orElseThrow().event();
        assertThat(text.text()).isEqualTo("écrire à depute@example.org & #PSOC");
    }

    @Test
    void aMessageOutsideTheDirectMessagesGetsNothing() {
        assertThat(message(event("channel_type", "channel").andThen(event("channel", TABLE)))).isEmpty();
        assertThat(message(event("channel_type", "mpim"))).isEmpty();
    }

    @Test
    void aMessageFromABotOrFromTheAppItselfGetsNothing() {
        assertThat(message(event("bot_id", "B0OTHER01"))).isEmpty();
        assertThat(message(event("user", BOT))).isEmpty();
        assertThat(message(json -> json.getAsJsonObject("event").remove("user"))).isEmpty();
    }

    @Test
    void aFileSharedInTheDirectMessagesIsUnsupported() {
        MessageFileSharePayload payload = parse("message-im-file-share.json", MessageFileSharePayload.class, json -> {});
        SlackInbound in = translator.file(payload.getEventId(), payload.getEvent()).orElseThrow();
        assertThat(in.event()).isEqualTo(new Event.Unsupported(in.event().origin()));
        assertThat(in.event().origin().key()).isEqualTo(KEY);
        assertThat(in.event().origin().deliveryId()).isEqualTo("Ev0RELAIS0FS");
        assertThat(in.reach()).isEqualTo(SlackReach.post(DM));
    }

    @Test
    void aMentionIsAGroupRequestAnsweredInItsThread() {
        SlackInbound in = mention(json -> {}).orElseThrow();
        assertThat(in.event()).isInstanceOf(Event.GroupRequest.class);
        assertThat(((Event.GroupRequest) in.event()).text()).isEqualTo("comment lier facebook et twitter ?");
        assertThat(in.event().origin().chatId()).isEqualTo(TABLE);
        assertThat(in.event().origin().deliveryId()).isEqualTo("Ev0RELAIS0AM");
        assertThat(in.event().origin().languageHint()).contains("fr-CA");
        assertThat(in.reach()).isEqualTo(SlackReach.thread(TABLE, TS));
    }

    @Test
    void aMentionInsideAThreadIsAnsweredInThatThread() {
        SlackInbound in = mention(event("thread_ts", "1763999000.000300")).orElseThrow();
        assertThat(in.reach()).isEqualTo(SlackReach.thread(TABLE, "1763999000.000300"));
    }

    @Test
    void aMentionByABotGetsNothing() {
        assertThat(mention(event("bot_id", "B0OTHER01"))).isEmpty();
        assertThat(mention(event("user", BOT))).isEmpty();
    }

    @Test
    void theSlashCommandInTheDirectMessagesIsACommandThere() {
        SlackInbound in = command("guide").orElseThrow();
        assertThat(in.event()).isInstanceOf(Event.Command.class);
        Event.Command command = (Event.Command) in.event();
        assertThat(command.name()).isEqualTo("guide");
        assertThat(command.args()).isEmpty();
        assertThat(command.origin().key()).isEqualTo(KEY);
        assertThat(command.origin().chatId()).isEqualTo(DM);
        assertThat(command.origin().deliveryId()).isEqualTo("command:8201839281664.1846263811408.3f6e2a1c9b8d7e5f4a3b2c1d0e9f8a7b");
        assertThat(command.origin().languageHint()).contains("fr-CA");
        assertThat(in.reach()).isEqualTo(SlackReach.post(DM));
    }

    @Test
    void theSlashCommandAloneOpensTheMenuAndItsFirstWordIsTheCommand() {
        Event.Command alone = (Event.Command) command("").orElseThrow().event();
        assertThat(alone.name()).isEqualTo("menu");
        assertThat(alone.args()).isEmpty();
        Event.Command language = (Event.Command) command("langue+en").orElseThrow().event();
        assertThat(language.name()).isEqualTo("langue");
        assertThat(language.args()).isEqualTo("en");
        Event.Command slashed = (Event.Command) command("%2FAIDE").orElseThrow().event();
        assertThat(slashed.name()).isEqualTo("aide");
    }

    @Test
    void theSlashCommandInAnotherChannelIsAChatCommandAnsweredOnlyToThePerson() {
        payloads.with("channel", TABLE).with("channel_name", "table-regionale");
        SlackInbound in = command("abonner maintenant").orElseThrow();
        Event.ChatCommand typed = (Event.ChatCommand) in.event();
        assertThat(typed.name()).isEqualTo("abonner");
        assertThat(typed.args()).isEqualTo("maintenant");
        assertThat(typed.chatType()).isEqualTo("public_channel");
        assertThat(typed.title()).isEqualTo("#table-regionale");
        assertThat(in.event().origin().chatId()).isEqualTo(TABLE);
        assertThat(in.reach()).isEqualTo(SlackReach.ephemeral(TABLE, RESPONSE_URL));
    }

    @Test
    void aChoiceIsAPressThatMayUpdateTheMessageItWasOn() {
        SlackInbound in = press(json -> {}).orElseThrow();
        assertThat(in.event()).isInstanceOf(Event.ButtonPressed.class);
        assertThat(((Event.ButtonPressed) in.event()).payload()).isEqualTo("a:psoc");
        assertThat(in.event().origin().key()).isEqualTo(KEY);
        assertThat(in.event().origin().chatId()).isEqualTo(DM);
        assertThat(in.event().origin().deliveryId()).isEqualTo("action:8201839281665.1846263811408.9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d");
        assertThat(in.event().origin().languageHint()).contains("fr-CA");
        assertThat(in.reach()).isEqualTo(SlackReach.pressed(DM, "1764000000.000200", Optional.of(RESPONSE_URL)));
    }

    @Test
    void aStartButtonStartsTheConversationInThePersonsDirectMessages() {
        SlackInbound in = press(action("action_id", "relais-start-0").andThen(action("value", "guide"))
                .andThen(json -> json.getAsJsonObject("container").addProperty("channel_id", TABLE))
                .andThen(json -> json.getAsJsonObject("channel").addProperty("id", TABLE))).orElseThrow();
        assertThat(in.event()).isEqualTo(new Event.Started(in.event().origin(), Optional.of("guide")));
        assertThat(in.event().origin().chatId()).isEqualTo(DM);
        assertThat(in.reach()).isEqualTo(SlackReach.post(DM));
    }

    @Test
    void aLinkButtonOrAnotherAppsButtonGetsNothing() {
        assertThat(press(action("action_id", "relais-link-3").andThen(json -> {
            JsonObject link = json.getAsJsonArray("actions").get(0).getAsJsonObject();
            link.remove("value");
            link.addProperty("url", "https://x.com/intent/post?text=PSOC");
        }))).isEmpty();
        assertThat(press(action("action_id", "WaXA"))).isEmpty();
    }

    private Event.Membership membership(Optional<SlackInbound> in) {
        return (Event.Membership) in.orElseThrow().event();
    }

    @Test
    void theAppAddedToOrRemovedFromAChannelIsAMembershipOfThatChannel() {
        payloads.with("channel", TABLE).with("member", BOT);
        MemberJoinedChannelPayload joined = parse("member-joined-channel.json", MemberJoinedChannelPayload.class, json -> { });
        Event.Membership in = membership(translator.joined(joined.getEventId(), joined.getEvent()));
        assertThat(in.status()).isEqualTo("member");
        assertThat(in.chatType()).isEqualTo("public_channel");
        assertThat(in.origin().chatId()).isEqualTo(TABLE);
        assertThat(in.origin().deliveryId()).isEqualTo("Ev0RELAIS0MJ");

        MemberLeftChannelPayload left = parse("member-left-channel.json", MemberLeftChannelPayload.class, json -> { });
        assertThat(membership(translator.left(left.getEventId(), left.getEvent())).status()).isEqualTo("left");

        ChannelLeftPayload removed = parse("channel-left.json", ChannelLeftPayload.class, json -> { });
        Event.Membership gone = membership(translator.left(removed.getEventId(), removed.getEvent().getChannel()));
        assertThat(gone.status()).isEqualTo("left");
        assertThat(gone.origin().chatId()).isEqualTo(TABLE);
    }

    @Test
    void someoneElseJoiningOrLeavingAChannelGetsNothing() {
        payloads.with("channel", TABLE).with("member", MARIE);
        MemberJoinedChannelPayload joined = parse("member-joined-channel.json", MemberJoinedChannelPayload.class, json -> { });
        assertThat(translator.joined(joined.getEventId(), joined.getEvent())).isEmpty();
        MemberLeftChannelPayload left = parse("member-left-channel.json", MemberLeftChannelPayload.class, json -> { });
        assertThat(translator.left(left.getEventId(), left.getEvent())).isEmpty();
    }
}
