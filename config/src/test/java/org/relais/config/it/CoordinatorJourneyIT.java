package org.relais.config.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.relais.slack.fake.Button;
import org.relais.slack.fake.FakeSlack;
import org.relais.slack.fake.SlackChat;
import org.relais.slack.fake.SlackMessage;
import org.relais.slack.fake.SocketInbound;
import org.relais.telegram.fake.FakeTelegram;
import org.relais.telegram.fake.SentMessage;
import org.relais.telegram.fake.TelegramChat;
import org.relais.telegram.fake.Updates;

/**
 * The coordinators' whole journey on the real jar, Telegram and Slack in one process against both
 * loopback fakes: a coordinator on each platform subscribes chats there; one makes a new action in
 * the chat and announces it to all of them, sees the progress and the report; a volunteer on each
 * platform takes the announcement's button and lands on that action's first step; a volunteer can
 * neither make an action nor broadcast.
 */
class CoordinatorJourneyIT extends ServeITBase {
    private static final long ANNE = 6023381147L;
    private static final long MARIE = 6023381150L;
    private static final String BOB = "U0BOB0001";
    private static final String LUKE = "U0LUKE001";
    private static final List<Long> GROUPS = List.of(-1004000000001L, -1004000000002L);
    private static final List<String> CHANNELS = List.of("C0TABLE01", "C0TABLE02");
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String TITLE = "Appuyer la grève du communautaire";
    private static final Pattern DEEP_LINK = Pattern.compile("https://t\\.me/[A-Za-z0-9_]+\\?start=([A-Za-z0-9_-]+)");

    private final FakeTelegram telegram = FakeTelegram.start();
    private final FakeSlack slack = FakeSlack.start();

    @AfterEach
    void stopFakes() {
        telegram.close();
        slack.close();
    }

    private Map<String, String> env() {
        Map<String, String> env = telegramEnv(telegram);
        env.put("RELAIS_SLACK_BOT_TOKEN", slack.botToken());
        env.put("RELAIS_SLACK_APP_TOKEN", slack.appToken());
        env.put("RELAIS_SLACK_API_URL", slack.apiUrl());
        env.put("RELAIS_COORDINATORS", "telegram:" + ANNE + ",slack:" + BOB);
        return env;
    }

    @Test
    void coordinatorsSubscribeChatsOnBothPlatformsBroadcastAndVolunteersLandOnTheAction() throws Exception {
        serve(env());
        SocketInbound socket = new SocketInbound(slack.socketMode());
        TelegramChat anne = new TelegramChat(telegram, ANNE, "fr");
        anne.send("/start", "Choisissez une action");
        for (long group : GROUPS) {
            String text = "/abonner@" + telegram.botUsername();
            telegram.enqueue(telegram.updates().groupText(group, ANNE, text, Updates.entity("bot_command", 0, text.length())));
            telegram.awaitMessage(group, t -> t.contains("C’est fait"), WAIT);
        }
        SlackChat bob = new SlackChat(slack, socket, BOB, "fr-CA");
        for (String channel : CHANNELS) {
            slack.declareChannel(channel);
            assertThat(socket.command(slack.events().command(BOB, channel, "/relais", "abonner")).ok()).isTrue();
        }
        bob.command("abonner");
        bob.expect("Abonnés aux annonces");

        TelegramChat marie = new TelegramChat(telegram, MARIE, "fr");
        marie.send("/diffuser psoc", "réservée aux personnes qui coordonnent");
        marie.send("/nouvelle_action", "réservée aux personnes qui coordonnent");

        anne.send("/nouvelle_action", "étape 1 sur 11");
        anne.send(TITLE, "étape 2 sur 11");
        anne.send("Support the community groups’ strike", "étape 3 sur 11");
        anne.press("Passer", "étape 5 sur 11");
        anne.send("Le communautaire est à bout de souffle. On appuie la grève !", "Pour l’instant (1)");
        anne.press("Terminé", "étape 6 sur 11");
        anne.send("Community groups are out of breath. Support the strike!", "Pour l’instant (1)");
        anne.press("Terminé", "étape 7 sur 11");
        anne.send("Lucie Charlebois, @luciecharlebois, ministre@example.org", "@luciecharlebois");
        anne.press("Terminé", "étape 8 sur 11");
        anne.send("#GreveCommunautaire", "étape 9 sur 11");
        anne.press("Passer", "étape 10 sur 11");
        anne.press("Passer", "étape 11 sur 11");
        anne.send("2027-12-31", "vérifiez, puis enregistrez");
        anne.press("Enregistrer", "est enregistrée");

        anne.send("/diffuser", "Quelle action annoncer");
        anne.press("📢 " + TITLE, "4 conversation(s) (2 Slack, 2 Telegram)");
        anne.press("📣 Diffuser maintenant", "C’est parti");
        String report = telegram.awaitMessage(ANNE, t -> t.contains("Rapport de la diffusion n°1"), WAIT).plainText();
        assertThat(report).contains("Livrées\u00a0: 4 sur 4", "Échecs\u00a0: 0");
        telegram.awaitCall(call -> call.method().equals("editMessageText") && call.chatId() == ANNE
                && call.params().toString().contains("4 / 4"), WAIT);

        SentMessage announcement = telegram.awaitMessage(GROUPS.get(0), t -> t.contains(TITLE), WAIT);
        telegram.awaitMessage(GROUPS.get(1), t -> t.contains(TITLE), WAIT);
        Matcher link = DEEP_LINK.matcher(announcement.replyMarkup().toString());
        assertThat(link.find()).as("the announcement's button is the bot's deep link").isTrue();
        marie.send("/start " + link.group(1), "Étape 1 sur 5");
        telegram.awaitMessage(MARIE, t -> t.contains("Le communautaire est à bout de souffle"), WAIT);

        SlackMessage posted = slack.awaitText(CHANNELS.get(0), TITLE, WAIT);
        slack.awaitText(CHANNELS.get(1), TITLE, WAIT);
        SlackChat luke = new SlackChat(slack, socket, LUKE, "fr-CA");
        Button join = posted.buttons().stream().filter(b -> b.label().contains("Je participe")).findFirst().orElseThrow();
        assertThat(socket.interactive(slack.events().blockActions(LUKE, posted, join)).ok()).isTrue();
        luke.expect("Le communautaire est à bout de souffle");
        assertThat(relais.stderr()).doesNotContain(telegram.token()).doesNotContain(slack.botToken()).doesNotContain(slack.appToken());
    }
}
