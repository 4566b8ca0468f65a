package org.relais.core.flows.menu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.relais.core.chat.Button;
import org.relais.core.memory.InMemoryStore;
import org.relais.core.testing.Chat;
import org.relais.core.testing.ConversationDriver;
import org.relais.core.testing.MutableClock;
import org.relais.core.testing.TestCampaigns;

/** The home view: the active actions to compose, the guide and tips, and the person's own progress. */
class HomeScreenTest {
    private final ConversationDriver driver = new ConversationDriver(new InMemoryStore(), TestCampaigns.standard(),
            MutableClock.at(TestCampaigns.TODAY));

    @Test
    void eachActiveActionHasAButtonThatOpensThePrivateConversationOnIt() {
        Chat marie = driver.user("marie", "fr-CA").openHome();
        marie.expect("Relais · ", "Choisissez une action", "📣 Financement du PSOC");
        assertThat(marie.buttons()).contains(new Button.Start("✍️ Composer\u00a0: Financement du PSOC", "a_psoc"),
                new Button.Start("🔗 Lier Facebook et Twitter", "guide"), new Button.Start("💡 Conseils", "tips"));
        assertThat(marie.buttons()).as("a home view starts conversations; it holds none").allMatch(b -> b instanceof Button.Start);
    }

    @Test
    void itShowsThePersonsOwnProgressInTheirLanguage() {
        Chat luc = driver.user("luc", "en-US");
        luc.openHome().expectNot("Your actions");
        luc.start("a_psoc").press("1");
        luc.openHome().expect("Pick an action", "Your actions", "📝 PSOC funding");
        driver.user("marie", "fr").openHome().expectNot("Vos actions");
    }
}
