package org.relais.core.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.relais.core.broadcast.BroadcastSettings;
import org.relais.core.broadcast.Broadcaster;
import org.relais.core.chat.Button;
import org.relais.core.port.Broadcast;
import org.relais.core.port.DeliveryTally;
import org.relais.core.port.Undelivered;
import org.relais.core.testing.Chat;
import org.relais.core.testing.RecordingMessenger;
import org.relais.core.testing.ScenarioStores;

/**
 * Broadcasts from the coordinator's side: pick an action, see the preview, send it now or at a time,
 * and see it delivered, once per chat, with its progress and report; and a volunteer who taps the
 * announcement lands on the action. Volunteers can do none of it.
 */
public abstract class BroadcastScenarios extends ScenarioBase {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String GROUP = "-1001234567890";
    private static final String OTHER_GROUP = "-1005555555555";
    private static final String KICKED_FROM = "-1007777777777";
    private static final BroadcastSettings FAST = new BroadcastSettings(Duration.ofMillis(20), Duration.ZERO, 2,
            Duration.ZERO, Duration.ofSeconds(2));

    private final RecordingMessenger telegram = new RecordingMessenger("test");
    private Broadcaster broadcaster;

    protected BroadcastScenarios(ScenarioStores stores) {
        super(stores);
    }

    @AfterEach
    void stopBroadcaster() {
        if (broadcaster != null) {
            broadcaster.close();
        }
        telegram.close();
    }

    private Chat coordinatorWithSubscribedGroups(String... groups) {
        driver.nameCoordinators("anne");
        Chat anne = driver.user("anne", "fr").start();
        for (String group : groups) {
            anne.commandIn(group, "supergroup", "Groupe " + group, "abonner", "").expect("C’est fait");
        }
        return anne;
    }

    private List<Broadcast> scheduled() {
        return driver.store().inTransaction(tx -> tx.broadcasts().scheduled());
    }

    private Broadcast broadcast(long id) {
        return driver.store().inTransaction(tx -> tx.broadcasts().find(id)).orElseThrow();
    }

    private List<String> subscribedChats() {
        return driver.store().inTransaction(tx -> tx.subscriptions().list().stream().map(s -> s.chatId()).toList());
    }

    private DeliveryTally tally(long id) {
        return driver.store().inTransaction(tx -> tx.broadcasts().tally(id));
    }

    private void startBroadcaster() {
        broadcaster = new Broadcaster(driver.store(), List.of(telegram), clock, FAST).start();
    }

    @Test
    void aCoordinatorPreviewsThenBroadcastsAndEveryChatGetsItOnceWithProgressAndAReport() throws Exception {
        Chat anne = coordinatorWithSubscribedGroups(GROUP, OTHER_GROUP, KICKED_FROM);
        anne.send("/diffuser").expect("Quelle action annoncer", "3 groupe(s)").expectButtons("PSOC");
        anne.press("📢 Financement du PSOC")
                .expectReplies("Demandons un rehaussement", "Aperçu ci-dessus").expect("3 conversation(s) (3 Test)")
                .expectButtons("Je participe", "Diffuser maintenant", "Programmer", "Abandonner");
        Button.Start start = (Button.Start) anne.last().replies().get(0).buttons().get(0);
        assertThat(start.payload()).isEqualTo("a_psoc");
        anne.press("Diffuser maintenant").expect("C’est parti", "n°1", "3 conversation(s)");
        anne.pressPayload("bcnow").expect("n’est plus disponible");
        anne.redeliver();
        assertThat(scheduled()).extracting(Broadcast::id).containsExactly(1L);

        telegram.refuse(KICKED_FROM, new Undelivered(Undelivered.Kind.GONE, "403 Forbidden: bot was kicked from the group chat", null));
        startBroadcaster();
        telegram.awaitPost(p -> p.reply().plainText().contains("Rapport de la diffusion n°1"), WAIT);
        List<RecordingMessenger.Post> announcements = telegram.posts().stream()
                .filter(p -> p.reply().plainText().contains("Demandons un rehaussement")).toList();
        assertThat(announcements).extracting(RecordingMessenger.Post::chatId).containsExactlyInAnyOrder(GROUP, OTHER_GROUP);
        assertThat(announcements.get(0).reply().buttons()).containsExactly(new Button.Start("✊ Je participe", "a_psoc"));
        String report = telegram.awaitPost(p -> p.reply().plainText().contains("Rapport"), WAIT).reply().plainText();
        assertThat(report).contains("Livrées\u00a0: 2 sur 3", "Échecs\u00a0: 1", "• 1 × 403 Forbidden: bot was kicked from the group chat",
                "désabonnées", "Durée");
        RecordingMessenger.Post status = telegram.awaitPost(p -> p.reply().plainText().contains("Diffusion n°1"), WAIT);
        assertThat(status.chatId()).isEqualTo("chat-anne");
        assertThat(telegram.edits()).isNotEmpty().allMatch(e -> e.messageId().equals(status.messageId()));
        assertThat(telegram.edits().get(telegram.edits().size() - 1).reply().plainText())
                .contains("terminée", "2 / 3 envoyée(s), 1 échec(s)");
        List<String> shown = new java.util.ArrayList<>(List.of(status.reply().plainText()));
        telegram.edits().forEach(e -> shown.add(e.reply().plainText()));
        for (int i = 1; i < shown.size(); i++) {
            assertThat(shown.get(i)).as("an edit changes what the coordinator sees (Telegram refuses one that does not)")
                    .isNotEqualTo(shown.get(i - 1));
        }
        assertThat(tally(1)).isEqualTo(new DeliveryTally(3, 0, 0, 2, 1, 0,
                Map.of("403 Forbidden: bot was kicked from the group chat", 1)));
        assertThat(subscribedChats()).containsExactlyInAnyOrder(GROUP, OTHER_GROUP);
        assertThat(broadcast(1).state()).isEqualTo(Broadcast.State.DONE);
    }

    @Test
    void theTerminalsCoordinatorIsToldTheBroadcastWaitsForRelaisServe() {
        org.relais.core.chat.ConversationKey me = new org.relais.core.chat.ConversationKey("console", "me");
        driver.nameCoordinators(me);
        driver.membership("test", GROUP, "supergroup", "Groupe", "member");
        Chat console = driver.userOn("console", "me", "fr").start();
        console.commandIn(GROUP, "supergroup", "Groupe", "abonner", "").expect("C’est fait");
        console.send("/diffuser psoc").press("Diffuser maintenant").expect("relais serve", "C’est parti");
        driver.user("anne", "fr").start().send("/diffuser psoc").expect("réservée aux personnes qui coordonnent");
    }

    @Test
    void theAnnouncementsButtonOpensTheActionForAVolunteer() {
        driver.user("marie", "fr").start("a_psoc").expect("Financement du PSOC");
    }

    @Test
    void aScheduledBroadcastWaitsForItsTimeAndCanBeCancelledUntilThen() throws Exception {
        Chat anne = coordinatorWithSubscribedGroups(GROUP);
        anne.send("/diffuser psoc").expect("Aperçu").press("Programmer").expect("Quand la diffuser", "America/Toronto");
        anne.send("demain matin").expect("Je n’ai pas compris «\u00a0demain matin\u00a0»");
        anne.send("2020-01-01 09:00").expect("est déjà passé");
        anne.send("23:59").expect("Programmé", "n°1", "23:59");
        Broadcast first = scheduled().get(0);
        anne.send("/diffuser psoc").press("Programmer").send("2099-01-02 9h").expect("Programmé", "n°2", "2099-01-02 09:00");
        anne.send("/diffuser").expect("Diffusions programmées", "n°1", "n°2").press("✖ Annuler n°2").expect("n°2 est annulée");
        anne.pressPayload("bcx:2").expect("déjà partie ou annulée");
        assertThat(scheduled()).extracting(Broadcast::id).containsExactly(first.id());

        startBroadcaster();
        Thread.sleep(200); // several polls: not due yet
        assertThat(telegram.posts()).isEmpty();
        clock.set(first.sendAt());
        telegram.awaitPost(p -> p.chatId().equals(GROUP), WAIT);
        telegram.awaitPost(p -> p.reply().plainText().contains("Rapport de la diffusion n°1"), WAIT);
        assertThat(telegram.posts()).filteredOn(p -> p.chatId().equals(GROUP)).hasSize(1);
    }

    @Test
    void aScheduledBroadcastSurvivesARestartAndGoesOutOnceOnItsTime() throws Exception {
        Chat anne = coordinatorWithSubscribedGroups(GROUP, OTHER_GROUP);
        anne.send("/diffuser psoc").press("Programmer").send("23:59").expect("Programmé", "n°1");
        Broadcast due = scheduled().get(0);
        driver.restart(reopen(driver.store()));
        startBroadcaster();
        Thread.sleep(200); // several polls before its time
        assertThat(telegram.posts()).isEmpty();

        clock.set(due.sendAt());
        telegram.awaitPost(p -> p.reply().plainText().contains("Rapport de la diffusion n°1"), WAIT);
        broadcaster.close();
        broadcaster = new Broadcaster(driver.store(), List.of(telegram), clock, FAST).start(); // and once more
        Thread.sleep(200);
        assertThat(telegram.posts()).filteredOn(p -> !p.chatId().equals("chat-anne")).extracting(RecordingMessenger.Post::chatId)
                .containsExactlyInAnyOrder(GROUP, OTHER_GROUP);
        assertThat(broadcast(due.id()).state()).isEqualTo(Broadcast.State.DONE);
    }

    @Test
    void aDroppedPreviewSendsNothingAndNoSubscribersMeansNoPreview() {
        driver.nameCoordinators("anne");
        Chat anne = driver.user("anne", "fr").start();
        anne.send("/diffuser psoc").expect("Aucun groupe ni canal n’est abonné");
        anne.commandIn(GROUP, "supergroup", "Groupe", "abonner", "");
        anne.send("/diffuser inconnue").expect("Je ne connais pas d’action «\u00a0inconnue\u00a0»", "psoc");
        anne.send("/broadcast psoc").expect("Aperçu").press("Abandonner").expect("Diffusion abandonnée");
        anne.pressPayload("bcnow").expect("n’est plus disponible");
        assertThat(scheduled()).isEmpty();
    }

    @Test
    void aVolunteerCanNeitherPickNorConfirmNorCancelABroadcast() {
        Chat anne = coordinatorWithSubscribedGroups(GROUP);
        anne.send("/diffuser psoc").expect("Aperçu");
        Chat marie = driver.user("marie", "fr").start();
        marie.pressPayload("bca:psoc").expect("réservée aux personnes qui coordonnent");
        marie.pressPayload("bcnow").expect("n’est plus disponible");
        marie.pressPayload("bcx:1").expect("réservée aux personnes qui coordonnent");
        marie.send("/broadcast psoc").expect("réservée aux personnes qui coordonnent");
        boolean marieHasADraft = driver.store().inTransaction(tx -> tx.broadcasts().latestDraft(marie.key()).isPresent());
        assertThat(marieHasADraft).isFalse();
        assertThat(broadcast(1).state()).isEqualTo(Broadcast.State.DRAFT);
    }
}
