package org.relais.telegram.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.relais.core.chat.ConversationKey;
import org.relais.core.chat.Event;
import org.relais.telegram.ChatKind;
import org.relais.telegram.send.Destination;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * The recorded update shapes under {@code src/test/resources/updates}, read by TelegramBots' own
 * Jackson types, then turned into engine events.
 */
class UpdateTranslatorTest {
    private static final ConversationKey MARIE = new ConversationKey("telegram", "6023381147");
    private final UpdateTranslator translator = new UpdateTranslator("relais_bot");

    static Update update(String name) throws IOException {
        try (InputStream in = UpdateTranslatorTest.class.getResourceAsStream("/updates/" + name + ".json")) {
            return new ObjectMapper().readValue(in, Update.class);
        }
    }

    private Inbound read(String name) throws IOException {
        return translator.read(update(name)).orElseThrow();
    }

    @Test
    void privateTextIsTextWithItsLanguageAndUpdateId() throws IOException {
        Inbound in = read("private-text");
        assertThat(in.event()).contains(new Event.Text(in.event().get().origin(), "comment lier facebook et twitter ?"));
        assertThat(in.event().get().origin().key()).isEqualTo(MARIE);
        assertThat(in.event().get().origin().chatId()).isEqualTo("6023381147");
        assertThat(in.event().get().origin().languageHint()).contains("fr");
        assertThat(in.event().get().origin().deliveryId()).isEqualTo("815403201");
        assertThat(in.reach()).isEqualTo(new Reach(new Destination("6023381147", ChatKind.PRIVATE), Optional.empty(), Optional.empty()));
    }

    @Test
    void startWithAPayloadIsAStartOnThatPayload() throws IOException {
        Event event = read("start-payload").event().orElseThrow();
        assertThat(event).isInstanceOf(Event.Started.class);
        assertThat(((Event.Started) event).payload()).contains("a_psoc");
    }

    @Test
    void aButtonOnAnAccessibleMessageCanEditIt() throws IOException {
        Inbound in = read("callback-query");
        assertThat(in.event().orElseThrow()).isInstanceOf(Event.ButtonPressed.class);
        assertThat(((Event.ButtonPressed) in.event().get()).payload()).isEqualTo("t:0~1");
        assertThat(in.reach().callbackQueryId()).contains("2586795263894719042");
        assertThat(in.reach().pressed()).map(Reach.Pressed::messageId).contains(1206);
    }

    @Test
    void aButtonOnAnInaccessibleMessageIsStillAPressButAnswersWithANewMessage() throws IOException {
        Inbound in = read("callback-inaccessible");
        assertThat(((Event.ButtonPressed) in.event().orElseThrow()).payload()).isEqualTo("nx2~1");
        assertThat(in.reach().destination().chatId()).isEqualTo("6023381147");
        assertThat(in.reach().callbackQueryId()).contains("2586795263894719043");
        assertThat(in.reach().pressed()).isEmpty();
    }

    @Test
    void theBotsMembershipIsRecorded() throws IOException {
        Event added = read("my-chat-member").event().orElseThrow();
        assertThat(added).isInstanceOf(Event.Membership.class);
        Event.Membership membership = (Event.Membership) added;
        assertThat(membership.origin().chatId()).isEqualTo("-1002233445566");
        assertThat(membership.chatType()).isEqualTo("supergroup");
        assertThat(membership.title()).isEqualTo("Table régionale des organismes communautaires");
        assertThat(membership.status()).isEqualTo("member");
        Event.Membership blocked = (Event.Membership) read("my-chat-member-blocked").event().orElseThrow();
        assertThat(blocked.chatType()).isEqualTo("private");
        assertThat(blocked.status()).isEqualTo("kicked");
    }

    @Test
    void aStickerIsSomethingTheBotCannotRead() throws IOException {
        assertThat(read("sticker").event().orElseThrow()).isInstanceOf(Event.Unsupported.class);
    }

    @Test
    void editsAndChannelPostsAreSkippedQuietly() throws IOException {
        assertThat(translator.read(update("edited-message"))).isEmpty();
        assertThat(translator.read(update("channel-post"))).isEmpty();
    }

    @Test
    void inAGroupOnlyCommandsAndMentionsForThisBotAreRead() throws IOException {
        Inbound command = read("group-command");
        Event.ChatCommand typed = (Event.ChatCommand) command.event().orElseThrow();
        assertThat(typed.name()).isEqualTo("aide");
        assertThat(typed.args()).isEmpty();
        assertThat(typed.chatType()).isEqualTo("supergroup");
        assertThat(typed.title()).isEqualTo("Table régionale des organismes communautaires");
        assertThat(typed.origin().chatId()).isEqualTo("-1002233445566");
        assertThat(command.reach().destination()).isEqualTo(new Destination("-1002233445566", ChatKind.GROUP));
        Event.GroupRequest mention = (Event.GroupRequest) read("group-mention").event().orElseThrow();
        assertThat(mention.origin().languageHint()).contains("en");
        assertThat(translator.read(update("group-chatter"))).isEmpty();
        assertThat(translator.read(update("group-other-bot-command"))).isEmpty();
    }
}
