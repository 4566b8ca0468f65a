package org.relais.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.relais.core.chat.Button;
import org.relais.core.chat.ConversationKey;
import org.relais.core.chat.Event;
import org.relais.core.chat.Origin;
import org.relais.core.chat.Reply;
import org.relais.core.chat.Response;
import org.relais.core.chat.RichText;
import org.relais.core.i18n.Language;
import org.relais.core.memory.InMemoryStore;
import org.relais.core.port.ChatMembership;
import org.relais.core.port.Store;
import org.relais.core.port.StoreConflictException;
import org.relais.core.port.StoreException;
import org.relais.core.port.StoredConversation;
import org.relais.core.port.Tx;
import org.relais.core.testing.MutableClock;
import org.relais.core.testing.TestCampaigns;

/** The engine's own rules, on a two-state dialog: idempotency, retries, bugs, in-place edits, commands. */
class EngineTest {
    private static final ConversationKey KEY = new ConversationKey("test", "u");
    private final InMemoryStore memory = new InMemoryStore();
    private final AtomicInteger menuShown = new AtomicInteger();
    private int deliveries;

    private Dialog dialog() {
        Handlers.Screen home = turn -> {
            menuShown.incrementAndGet();
            return List.of(new Reply(new RichText().plain("home " + turn.conversation().state()).spans(),
                    List.of(List.of(turn.choice("stay", "stay"))), false));
        };
        Handlers.Screen away = turn -> List.of(new Reply(new RichText().plain("away").spans(), List.of(), false));
        return Dialog.builder("home")
                .flow(FlowTable.builder("t")
                        .state("home", home, s -> s
                                .button("go", (turn, p) -> Next.go("away"), "away")
                                .button("stay", (turn, p) -> Next.stay())
                                .button("boom", (turn, p) -> {
                                    turn.conversation().setState("away");
                                    throw new IllegalStateException("a bug");
                                })
                                .button("astray", (turn, p) -> Next.go("away"))
                                .text((turn, text) -> {
                                    turn.sayKey("welcome.hello");
                                    return Next.stay();
                                }))
                        .state("away", away, s -> s.button("back", (turn, p) -> Next.go("home"), "home"))
                        .build())
                .start((turn, payload) -> Next.go("home"), "home")
                .command(List.of("menu"), (turn, args) -> {
                    turn.sayKey("welcome.hello");
                    return Next.go("home");
                }, "home")
                .fallbackText((turn, text) -> Next.stay())
                .unknownCommand((turn, args) -> Next.stay())
                .unsupported((turn, text) -> {
                    turn.sayKey("input.unsupported");
                    return Next.stay();
                })
                .groupRequest((language, text) -> List.of(new Reply(new RichText().plain("in private: " + text).spans(),
                        List.of(List.of(new Button.Start("go", "menu"))), false)))
                .home(turn -> List.of(new Reply(new RichText().plain("home of " + turn.conversation().key().userId()
                        + " in state " + turn.conversation().state()).spans(), List.of(), false)))
                .build();
    }

    private Engine engine(Store store) {
        return new Engine(dialog(), store, TestCampaigns::standard, MutableClock.at(TestCampaigns.TODAY), Language.FR);
    }

    private Origin origin() {
        return new Origin(KEY, "c", Optional.empty(), "d" + (++deliveries));
    }

    private String state() {
        return memory.inTransaction(tx -> tx.conversations().find(KEY)).map(StoredConversation::state).orElse("none");
    }

    @Test
    void aDeliveryIdSeenBeforeIsIgnoredEvenAfterARestart() {
        Event event = new Event.ButtonPressed(origin(), "go");
        assertThat(engine(memory).handle(event).replies()).isNotEmpty();
        assertThat(engine(memory).handle(event)).isEqualTo(Response.REPLAY);
        assertThat(state()).isEqualTo("away");
    }

    @Test
    void aButtonThatStaysEditsItsStepInPlaceAndNothingIsSentWhenNothingChanged() {
        Engine engine = engine(memory);
        assertThat(engine.handle(new Event.ButtonPressed(origin(), "stay")).replies()).singleElement()
                .satisfies(reply -> assertThat(reply.editsPrevious()).isTrue())
                .extracting(Reply::plainText).isEqualTo("home home");
        assertThat(engine.handle(new Event.ButtonPressed(origin(), "stay")).replies())
                .as("the same step again: the message already shows it").isEmpty();
    }

    @Test
    void aDetourSaysItsPieceAloneUnderTheStepThePersonAlreadyHas() {
        Engine engine = engine(memory);
        engine.handle(new Event.Started(origin(), Optional.empty()));
        Response typed = engine.handle(new Event.Text(origin(), "bonjour"));
        assertThat(typed.replies()).extracting(Reply::plainText).containsExactly("Bonjour!");
        assertThat(typed.replies().get(0).editsPrevious()).isFalse();
    }

    @Test
    void aNoteIsFoldedIntoTheStepThatFollowsIt() {
        Engine engine = engine(memory);
        engine.handle(new Event.ButtonPressed(origin(), "go"));
        Response response = engine.handle(new Event.Command(origin(), "menu", ""));
        assertThat(response.replies()).singleElement().satisfies(reply -> {
            assertThat(reply.plainText()).isEqualTo("Bonjour!\n\nhome home");
            assertThat(reply.buttons()).extracting(Button::label).containsExactly("stay");
        });
    }

    @Test
    void aBugGetsAnApologyAndTheUnchangedStepAndChangesNothing() {
        Engine engine = engine(memory);
        engine.handle(new Event.Started(origin(), Optional.empty()));
        Event boom = new Event.ButtonPressed(origin(), "boom");
        Response response = engine.handle(boom);
        assertThat(response.replies()).as("the step the person has is not sent again").singleElement()
                .extracting(Reply::plainText).asString().startsWith("Désolé, quelque chose s’est mal passé");
        assertThat(state()).isEqualTo("home");
        assertThat(engine.handle(boom)).as("the delivery is marked").isEqualTo(Response.REPLAY);
    }

    @Test
    void aHandlerGoingWhereItsRouteDoesNotSayIsABug() {
        engine(memory).handle(new Event.Started(origin(), Optional.empty()));
        Response response = engine(memory).handle(new Event.ButtonPressed(origin(), "astray"));
        assertThat(response.replies().get(0).plainText()).startsWith("Désolé");
        assertThat(state()).isEqualTo("home");
    }

    @Test
    void aConflictRunsTheEventAgain() {
        AtomicInteger calls = new AtomicInteger();
        Store flaky = new Store() {
            @Override
            public <T> T inTransaction(Function<Tx, T> work) {
                if (calls.incrementAndGet() == 1) {
                    return memory.inTransaction(tx -> {
                        work.apply(tx);
                        throw new StoreConflictException("someone else saved first: rolled back");
                    });
                }
                return memory.inTransaction(work);
            }
        };
        Response response = engine(flaky).handle(new Event.ButtonPressed(origin(), "go"));
        assertThat(calls).hasValue(2);
        assertThat(response.replies()).singleElement().extracting(Reply::plainText).isEqualTo("away");
        assertThat(state()).isEqualTo("away");
    }

    @Test
    void aStoreThatIsDownGetsAPoliteAnswerInTheHintedLanguage() {
        Store down = new Store() {
            @Override
            public <T> T inTransaction(Function<Tx, T> work) {
                throw new StoreException("connection refused", null);
            }
        };
        Origin english = new Origin(KEY, "c", Optional.of("en"), "x1");
        Response response = engine(down).handle(new Event.Text(english, "hello"));
        assertThat(response.replies()).singleElement().extracting(Reply::plainText).asString()
                .startsWith("Sorry, I cannot answer right now");
    }

    @Test
    void typedCommandsAreCommandsEvenWithABotSuffix() {
        engine(memory).handle(new Event.ButtonPressed(origin(), "go"));
        Response response = engine(memory).handle(new Event.Text(origin(), "/MENU@relais_bot now"));
        assertThat(response.replies()).extracting(Reply::plainText).containsExactly("Bonjour!\n\nhome home");
        assertThat(state()).isEqualTo("home");
    }

    @Test
    void somethingUnreadableGetsAWordAndTheStep() {
        Response response = engine(memory).handle(new Event.Unsupported(origin()));
        assertThat(response.replies()).extracting(Reply::plainText).containsExactly(
                "Je ne lis que le texte\u00a0: écrivez-moi, ou touchez un bouton.\n\nhome home");
    }

    @Test
    void aGroupRequestIsAnsweredWithoutAConversation() {
        Origin group = new Origin(KEY, "-100123", Optional.of("en"), "g1");
        Response response = engine(memory).handle(new Event.GroupRequest(group, "/aide"));
        assertThat(response.replies()).singleElement().satisfies(reply -> {
            assertThat(reply.plainText()).isEqualTo("in private: /aide");
            assertThat(reply.buttons()).containsExactly(new Button.Start("go", "menu"));
        });
        assertThat(state()).as("no conversation is created by a group request").isEqualTo("none");
        assertThat(engine(memory).handle(new Event.GroupRequest(group, "/aide"))).isEqualTo(Response.REPLAY);
    }

    @Test
    void openingTheHomeShowsItWithoutMovingOrCreatingTheConversation() {
        Response home = engine(memory).handle(new Event.HomeOpened(origin()));
        assertThat(home.replies()).singleElement().extracting(Reply::plainText).isEqualTo("home of " + KEY.userId() + " in state home");
        assertThat(state()).as("a home view saves nothing").isEqualTo("none");
        engine(memory).handle(new Event.ButtonPressed(origin(), "go"));
        assertThat(engine(memory).handle(new Event.HomeOpened(origin())).replies().get(0).plainText()).endsWith("in state away");
        assertThat(state()).isEqualTo("away");
    }

    @Test
    void aMembershipChangeIsRecordedSilently() {
        Origin group = new Origin(KEY, "-100123", Optional.empty(), "m1");
        Response response = engine(memory).handle(new Event.Membership(group, "supergroup", "Table régionale", "administrator"));
        assertThat(response).isEqualTo(Response.NONE);
        Optional<ChatMembership> chat = memory.inTransaction(tx -> tx.chats().find("test", "-100123"));
        assertThat(chat).hasValueSatisfying(c -> {
            assertThat(c.status()).isEqualTo("administrator");
            assertThat(c.title()).isEqualTo("Table régionale");
        });
        assertThat(state()).isEqualTo("none");
        Origin refused = new Origin(KEY, "-100123", Optional.empty(), "m2");
        engine(memory).handle(new Event.Membership(refused, "supergroup", "", "kicked"));
        Optional<ChatMembership> after = memory.inTransaction(tx -> tx.chats().find("test", "-100123"));
        assertThat(after).hasValueSatisfying(c -> {
            assertThat(c.status()).isEqualTo("kicked");
            assertThat(c.title()).as("news without a title keeps the known one").isEqualTo("Table régionale");
        });
    }

    @Test
    void anUnknownStoredStateRestartsAtTheInitialState() {
        memory.inTransaction(tx -> tx.conversations().save(new StoredConversation(KEY, "c", "renamed_state", "fr", "",
                0, java.time.Instant.now())));
        Response response = engine(memory).handle(new Event.ButtonPressed(origin(), "stay"));
        assertThat(response.replies()).singleElement().extracting(Reply::plainText).isEqualTo("home home");
    }
}
