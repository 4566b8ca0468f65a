package org.relais.core.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.relais.core.chat.Button;
import org.relais.core.chat.ConversationKey;
import org.relais.core.chat.Payload;
import org.relais.core.chat.Reply;
import org.relais.core.flows.coordination.ActionEditorFlow;
import org.relais.core.memory.InMemoryStore;
import org.relais.core.testing.Chat;
import org.relais.core.testing.ConversationDriver;
import org.relais.core.testing.MutableClock;
import org.relais.core.testing.TestCampaigns;

/**
 * Every command, typed from every state a conversation can be in, answers in exactly one message,
 * and that message is the one to act on: a command that opens something (a list, a chooser, a
 * step) ends with its own buttons, and a detour that changes nothing ({@code /aide}, an unknown
 * command) says its piece alone, without a second copy of the step the person has just above it.
 * The answers are checked exactly: their number, where the conversation is after them, and the
 * verbs of the buttons of the last message.
 */
class CommandAnswersTest {
    private static final String GROUP = "-1001234567890";
    private static final String OTHER_GROUP = "-1009876543210";
    private static final ConversationKey ANNE = new ConversationKey("telegram", "7");

    /** How to reach each state from a fresh conversation, as a coordinator. */
    private static final Map<String, Consumer<Chat>> PATHS = paths();

    private static Map<String, Consumer<Chat>> paths() {
        Map<String, Consumer<Chat>> paths = new LinkedHashMap<>();
        Consumer<Chat> wording = chat -> chat.press("Financement du PSOC");
        Consumer<Chat> targets = wording.andThen(chat -> chat.press("1"));
        Consumer<Chat> hashtags = targets.andThen(chat -> chat.press("Suivant"));
        Consumer<Chat> review = hashtags.andThen(chat -> chat.press("Suivant"));
        Consumer<Chat> ready = review.andThen(chat -> chat.press("C’est prêt"));
        paths.put(States.MENU, chat -> { });
        paths.put(States.CHOOSE_WORDING, wording);
        paths.put(States.WRITE_OWN, wording.andThen(chat -> chat.press("Écrire mon propre texte")));
        paths.put(States.CHOOSE_TARGETS, targets);
        paths.put(States.CHOOSE_HASHTAGS, hashtags);
        paths.put(States.REVIEW, review);
        paths.put(States.EDIT_TEXT, review.andThen(chat -> chat.press("Modifier le texte")));
        paths.put(States.READY, ready);
        paths.put(States.ASK_INSTANCE, ready.andThen(chat -> chat.press("Mastodon")));
        paths.put(States.CONFIRM_POSTED, ready.andThen(chat -> chat.press("J’ai publié")));
        paths.put(States.GUIDE, chat -> chat.send("/guide"));
        paths.put(States.TIPS, chat -> chat.send("/conseils"));
        paths.put(States.RELAY, chat -> chat.send("/relayer"));
        paths.put(States.CHOOSE_LANGUAGE, chat -> chat.send("/langue"));
        paths.put(States.CONFIRM_FORGET, chat -> chat.send("/oublier"));
        paths.put(States.BROADCAST_PREVIEW, chat -> chat.send("/diffuser psoc"));
        paths.put(States.BROADCAST_WHEN, chat -> chat.send("/diffuser psoc").press("Programmer"));
        List<Consumer<Chat>> editor = List.of(
                chat -> chat.send("/nouvelle_action"),
                chat -> chat.send("Appuyer la grève"),
                chat -> chat.send("Support the strike"),
                chat -> chat.send("Une description."),
                chat -> chat.send("A description."),
                chat -> chat.send("Un texte prêt à publier.").press("Terminé"),
                chat -> chat.send("A text ready to post.").press("Terminé"),
                chat -> chat.press("Passer"),
                chat -> chat.press("Passer"),
                chat -> chat.press("Passer"),
                chat -> chat.press("Passer"));
        List<String> fields = ActionEditorFlow.states().subList(0, editor.size());
        for (int i = 0; i < fields.size(); i++) {
            List<Consumer<Chat>> steps = editor.subList(0, i + 1);
            paths.put(fields.get(i), chat -> steps.forEach(step -> step.accept(chat)));
        }
        paths.put(ActionEditorFlow.SUMMARY, chat -> chat.send("/actions modifier psoc"));
        return paths;
    }

    /** What a command's one message must be, from a given state. */
    private record Expected(String stateAfter, Set<String> verbs, boolean buttons) {}

    private static final Set<String> MENU_VERBS = Set.of("a", "g", "tips", "l");

    private static Expected expected(String command, String from) {
        boolean inDraft = States.DRAFT_STEPS.contains(from);
        boolean inEditor = ActionEditorFlow.states().contains(from) && !from.equals(ActionEditorFlow.SUMMARY);
        return switch (command) {
            case "start" -> inDraft ? new Expected(from, Set.of(), true) : new Expected(States.MENU, MENU_VERBS, true);
            case "menu", "annuler" -> new Expected(States.MENU, MENU_VERBS, true);
            case "langue" -> new Expected(States.CHOOSE_LANGUAGE, Set.of("l"), true);
            case "oublier" -> new Expected(States.CONFIRM_FORGET, Set.of("yes", "no"), true);
            case "aide", "inconnue" -> new Expected(from, Set.of(), false);
            case "guide" -> new Expected(States.GUIDE, Set.of("g", "menu"), true);
            case "conseils" -> new Expected(States.TIPS, Set.of("g", "menu"), true);
            case "relayer" -> new Expected(States.RELAY, Set.of("menu"), true);
            case "diffuser" -> new Expected(from, Set.of("bca", "menu"), true);
            case "actions" -> new Expected(from, Set.of("aedit", "aclose", "menu"), true);
            case "stats" -> new Expected(from, Set.of("stats", "menu"), true);
            case "abonner" -> new Expected(from, Set.of("sub", "menu"), true);
            case "desabonner" -> new Expected(from, Set.of("unsub", "menu"), true);
            case "coordinateur" -> new Expected(from, Set.of("corm", "menu"), true);
            case "nouvelle_action" -> inEditor ? new Expected(from, Set.of(), true)
                    : new Expected(ActionEditorFlow.states().get(0), Set.of("drop"), true);
            default -> throw new IllegalArgumentException(command);
        };
    }

    private static final List<String> COMMANDS = List.of("start", "menu", "annuler", "langue", "oublier", "aide", "guide",
            "conseils", "relayer", "diffuser", "actions", "stats", "abonner", "desabonner", "coordinateur", "nouvelle_action",
            "inconnue");

    @Test
    void thePathsReachEveryStateOfTheDialog() {
        assertThat(PATHS.keySet()).containsAll(RelaisDialog.create().flows().stream()
                .flatMap(flow -> flow.states().keySet().stream()).toList());
    }

    @TestFactory
    Stream<DynamicTest> everyCommandFromEveryStateAnswersInOneMessageToActOn() {
        List<DynamicTest> tests = new ArrayList<>();
        PATHS.forEach((state, path) -> COMMANDS.forEach(command -> tests.add(DynamicTest.dynamicTest(
                "/" + command + " from " + state, () -> check(state, path, command)))));
        return tests.stream();
    }

    private static void check(String state, Consumer<Chat> path, String command) {
        ConversationDriver driver = new ConversationDriver(new InMemoryStore(), TestCampaigns.standard(),
                MutableClock.at(TestCampaigns.TODAY));
        driver.nameCoordinators(ANNE);
        driver.membership("telegram", OTHER_GROUP, "supergroup", "Table Côte-Nord", "member");
        Chat anne = driver.userOn(ANNE.platform(), ANNE.userId(), "fr").start();
        anne.commandIn(GROUP, "supergroup", "Groupe régional", "abonner", "");
        anne.send("/coordinateur ajouter telegram:42");
        anne.send("/menu");
        path.accept(anne);
        anne.expectAt(state);
        Set<String> step = verbs(anne.buttons());

        anne.send("/" + command);
        Expected expected = expected(command, state);
        Reply only = oneMessage(anne, command, state);
        anne.expectAt(expected.stateAfter());
        if (!expected.buttons()) {
            assertThat(only.buttons()).as("a detour says its piece alone, under the step the person has").isEmpty();
        } else {
            Set<String> verbs = verbs(only.buttons());
            assertThat(verbs).as("the buttons of /%s from %s", command, state).isNotEmpty().containsAll(expected.verbs());
            if (expected.verbs().isEmpty()) {
                assertThat(verbs).as("the step resumed, with its own buttons").containsAll(step);
            }
        }

        // Again, once the person's newest buttons are not their step's but a list's (the statistics').
        String from = expected.stateAfter();
        anne.send("/stats").expectAt(from);
        anne.send("/" + command);
        Expected again = expected(command, from);
        Reply second = oneMessage(anne, command, from + " after /stats");
        anne.expectAt(again.stateAfter());
        Set<String> verbs = verbs(second.buttons());
        assertThat(verbs).as("/%s from %s after /stats: its own buttons, or the step's again", command, from)
                .isNotEmpty().containsAll(again.verbs()).doesNotContain("stats".equals(command) ? "" : "stats");
    }

    /**
     * The answer's one message; the broadcast preview is the one step of two, since the announcement
     * is shown on its own exactly as the chats will get it, and its buttons come under the second.
     */
    private static Reply oneMessage(Chat chat, String command, String from) {
        List<Reply> replies = chat.last().replies();
        boolean preview = replies.size() == 2 && replies.get(0).standalone();
        assertThat(replies).as("the answer to /%s from %s: one message (%s)", command, from, chat.text()).hasSize(preview ? 2 : 1);
        return replies.get(replies.size() - 1);
    }

    private static Set<String> verbs(List<Button> buttons) {
        return new TreeSet<>(buttons.stream().map(CommandAnswersTest::verb).toList());
    }

    /** A button's verb ({@code a} of {@code a:psoc}), or its kind for links and start buttons. */
    private static String verb(Button button) {
        if (button instanceof Button.Choice choice) {
            return Payload.parse(choice.payload()).map(Payload::verb).orElse("?");
        }
        return button instanceof Button.Link ? "<link>" : "<start>";
    }

    @Test
    void theMatrixCoversEveryCommandTheDialogKnows() {
        List<String> french = IntStream.range(0, Commands.values().length).mapToObj(i -> Commands.values()[i].names().get(0))
                .toList();
        assertThat(COMMANDS).containsAll(french);
    }
}
