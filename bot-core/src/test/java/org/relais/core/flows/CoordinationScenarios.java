package org.relais.core.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.relais.core.chat.ConversationKey;
import org.relais.core.port.RoleChange;
import org.relais.core.port.Subscription;
import org.relais.core.testing.Chat;
import org.relais.core.testing.ScenarioStores;

/**
 * Coordinators' powers, checked by the engine: a volunteer is refused every coordinator command in
 * both spellings and languages (and the subcommands and buttons that edit, close or reopen an
 * action), and nothing changes; a coordinator grants and removes coordinators
 * (each change recorded), subscribes chats from inside them or from a private list, and a chat the
 * bot left is unsubscribed.
 */
public abstract class CoordinationScenarios extends ScenarioBase {
    private static final String REFUSED_FR = "réservée aux personnes qui coordonnent";
    private static final String REFUSED_EN = "for the campaign’s coordinators";
    private static final String TABLE = "-1001234567890";

    protected CoordinationScenarios(ScenarioStores stores) {
        super(stores);
    }

    private List<RoleChange> roleChanges() {
        return driver.store().inTransaction(tx -> tx.coordinators().history());
    }

    private List<Subscription> subscriptions() {
        return driver.store().inTransaction(tx -> tx.subscriptions().list());
    }

    @Test
    void aVolunteerIsRefusedEveryCoordinatorCommandInBothSpellingsAndNothingChanges() {
        driver.nameCoordinators("anne");
        driver.membership("telegram", TABLE, "supergroup", "Table Côte-Nord", "member");
        Chat french = driver.user("marie", "fr").start();
        Chat english = driver.user("luke", "en").start();
        for (Commands command : Commands.forCoordinators()) {
            for (String name : command.names()) {
                String args = command == Commands.COORDINATOR ? "ajouter telegram:42" : "";
                french.send("/" + name + " " + args).expectAlone(REFUSED_FR).expectOnScreen("Choisissez une action");
                english.send("/" + name + " " + args).expect(REFUSED_EN);
                french.commandIn(TABLE, "supergroup", "Table Côte-Nord", name, args).expect(REFUSED_FR).expectNoButton("Continuer");
                english.commandIn(TABLE, "supergroup", "Table Côte-Nord", name, args).expect(REFUSED_EN);
            }
        }
        for (String typed : List.of("/actions fermer psoc", "/actions close psoc", "/actions rouvrir fini", "/actions reopen fini",
                "/actions modifier psoc", "/actions edit psoc", "/nouvelle_action Un titre", "/newaction A title")) {
            french.send(typed).expect(REFUSED_FR).expectNot("Modifier");
            english.send(typed).expect(REFUSED_EN).expectNot("Edit");
        }
        french.pressPayload("sub:t" + TABLE).expect(REFUSED_FR);
        english.pressPayload("unsub:t" + TABLE).expect(REFUSED_EN);
        for (String actionButton : List.of("aedit:psoc", "aclose:psoc", "aopen:fini", "corm:t42", "bcx:1", "stats:psoc")) {
            french.pressPayload(actionButton).expect(REFUSED_FR);
            english.pressPayload(actionButton).expect(REFUSED_EN);
        }
        for (String editorButton : List.of("save~1", "fix:tf~1", "skip:df~2", "done:wf~3", "drop~1")) {
            french.pressPayload(editorButton).expectAlone("Ce choix n’est plus disponible").expectOnScreen("Choisissez une action");
        }
        assertThat(roleChanges()).isEmpty();
        assertThat(subscriptions()).isEmpty();
        assertThat(storedCampaign()).as("no campaign stored").isEmpty();
        french.send("/menu").expectButtons("Financement du PSOC");
    }

    @Test
    void whoeverAsksToCoordinateIsGivenTheirIdToPassOn() {
        driver.user("marie", "fr").start().send("/coordinateur").expect(REFUSED_FR, "test:marie");
    }

    @Test
    void aCoordinatorGrantsAndRemovesAndEveryChangeIsRecorded() {
        driver.nameCoordinators("anne");
        Chat anne = driver.user("anne", "fr").start();
        Chat paul = driver.userOn("telegram", "42", "fr").start();
        paul.send("/actions").expect(REFUSED_FR);
        anne.send("/coordinateur ajouter telegram:42").expect("telegram:42 coordonne maintenant la campagne");
        anne.send("/coordinateur ajouter Telegram:42").expect("coordonne déjà");
        paul.send("/actions").expect("Les actions de la campagne").expectNot(REFUSED_FR);
        anne.send("/coordinateur").expect("test:anne (dans la configuration)", "telegram:42");
        paul.send("/coordinateur retirer test:anne").expect("identifiant que je reconnais");
        paul.send("/coordinator remove telegram:42").expect("telegram:42 ne coordonne plus");
        paul.send("/actions").expect(REFUSED_FR);
        anne.send("/coordinateur retirer slack:U012ABC").expect("ne coordonne pas");
        anne.send("/coordinateur nommer telegram:7").expect("Je n’ai pas compris");
        ConversationKey anneKey = new ConversationKey("test", "anne");
        ConversationKey paulKey = new ConversationKey("telegram", "42");
        assertThat(roleChanges()).extracting(RoleChange::whom, RoleChange::by, RoleChange::granted).containsExactly(
                org.assertj.core.groups.Tuple.tuple(paulKey, anneKey, true),
                org.assertj.core.groups.Tuple.tuple(paulKey, paulKey, false));
    }

    @Test
    void aCoordinatorSubscribesAGroupFromInsideItAndTheBotLeavingUnsubscribesIt() {
        driver.nameCoordinators("anne");
        Chat anne = driver.user("anne", "fr").start();
        anne.commandIn(TABLE, "supergroup", "Table Côte-Nord", "abonner", "").expect("C’est fait", "Table Côte-Nord");
        anne.commandIn(TABLE, "supergroup", "Table Côte-Nord", "subscribe", "").expect("reçoit déjà");
        assertThat(subscriptions()).extracting(Subscription::chatId, Subscription::by)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TABLE, anne.key()));
        anne.send("/abonner").expect("Abonnés aux annonces", "Table Côte-Nord");
        driver.membership("test", TABLE, "supergroup", "Table Côte-Nord", "kicked");
        assertThat(subscriptions()).isEmpty();
    }

    @Test
    void aTelegramChannelIsSubscribedFromTheListOnceTheBotIsItsAdministrator() {
        driver.nameCoordinators("anne");
        driver.membership("telegram", "-1009876543210", "channel", "Canal OCASSS", "member");
        Chat anne = driver.user("anne", "fr").start();
        anne.send("/abonner").expect("Aucun groupe").press("Canal OCASSS").expect("je dois en être administrateur");
        assertThat(subscriptions()).isEmpty();
        driver.membership("telegram", "-1009876543210", "channel", "Canal OCASSS", "administrator");
        anne.send("/abonner").press("Canal OCASSS").expect("C’est fait", "Canal OCASSS");
        anne.send("/abonner").expect("• Canal OCASSS (telegram)").expectNoButton("Canal OCASSS");
        anne.send("/desabonner").press("Canal OCASSS").expect("ne recevra plus les annonces");
        assertThat(subscriptions()).isEmpty();
    }

    @Test
    void otherCommandsInAGroupGetTheInvitationToContinueInPrivate() {
        driver.user("marie", "fr").commandIn(TABLE, "supergroup", "Table", "guide", "").expect("je vous réponds en privé");
    }

    @Test
    void helpShowsTheCoordinatorsCommandsToCoordinatorsOnly() {
        driver.nameCoordinators("anne");
        driver.user("anne", "fr").start().send("/aide").expect("Pour coordonner", "/abonner", "/coordinateur");
        driver.user("marie", "fr").start().send("/aide").expectNot("Pour coordonner").expectNot("/abonner");
    }
}
