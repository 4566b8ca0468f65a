package org.relais.slack.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.view.View;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.relais.core.chat.Button;
import org.relais.core.chat.Reply;
import org.relais.core.chat.Span;
import org.relais.slack.fake.FakeSlack;

/**
 * Replies past each Block Kit limit, rendered and posted to the fake Web API (which refuses what Slack
 * refuses): the limits are kept by cutting, splitting and packing, never by losing the reply.
 */
class BlockKitTest {
    private static final String USER = "U0LIMITS1";

    private final FakeSlack fake = FakeSlack.start();
    private final MethodsClient methods;
    private final String dm;

    BlockKitTest() {
        fake.declareUser(USER, "fr-CA");
        dm = fake.dmChannel(USER);
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(fake.apiUrl());
        config.setStatsEnabled(false);
        methods = Slack.getInstance(config).methods(fake.botToken());
    }

    @AfterEach
    void stop() {
        fake.close();
        assertThat(fake.rejections()).as("Slack refused nothing").isEmpty();
    }

    @Test
    void aButtonTextPast75IsShortenedAndStillSaysWhatItIs() throws Exception {
        String label = "Écrire à la députée de Taschereau au sujet du financement de l’action communautaire autonome";
        List<BlockKit.Message> messages = post(reply("Choisissez.", List.of(List.of(new Button.Choice(label, "t:1")))));
        ButtonElement button = buttons(messages.get(0).blocks()).get(0);
        assertThat(button.getText().getText().codePointCount(0, button.getText().getText().length())).isLessThanOrEqualTo(75);
        assertThat(button.getText().getText()).startsWith("Écrire à la députée").endsWith("…");
        assertThat(button.getValue()).isEqualTo("t:1");
    }

    @Test
    void aRowOfThirtyButtonsBecomesTwoBlocksWithUniqueActionIds() throws Exception {
        List<Button> row = IntStream.rangeClosed(1, 30).<Button>mapToObj(n -> new Button.Choice("" + n, "n:" + n)).toList();
        List<BlockKit.Message> messages = post(reply("Combien ?", List.of(row)));
        List<LayoutBlock> actions = messages.get(0).blocks().stream().filter(b -> b instanceof ActionsBlock).toList();
        assertThat(actions).hasSize(2);
        assertThat(((ActionsBlock) actions.get(0)).getElements()).hasSize(25);
        assertThat(uniqueIds(messages.get(0).blocks())).isEqualTo(30);
    }

    @Test
    void manyRowsArePackedTwentyFiveButtonsABlockRatherThanPassingFiftyBlocks() throws Exception {
        List<List<Button>> rows = IntStream.rangeClosed(1, 60)
                .mapToObj(n -> List.<Button>of(new Button.Choice("Cible " + n, "c:" + n))).toList();
        List<BlockKit.Message> messages = post(reply("Vos cibles", rows));
        assertThat(messages).hasSize(1);
        assertThat(messages.get(0).blocks()).hasSizeLessThanOrEqualTo(BlockKit.MAX_BLOCKS);
        assertThat(buttons(messages.get(0).blocks())).hasSize(60);
    }

    @Test
    void aTextPastFiftySectionsGoesOutAsSeveralMessagesWithTheButtonsOnTheLast() throws Exception {
        List<Span> text = new ArrayList<>();
        for (int n = 0; n < 60; n++) {
            text.add(new Span.Plain("Paragraphe " + n + " " + "mot ".repeat(700) + "\n"));
        }
        List<BlockKit.Message> messages = post(reply(text, List.of(List.of(new Button.Choice("Suite", "s")))));
        assertThat(messages).hasSizeGreaterThan(1);
        messages.forEach(message -> {
            assertThat(message.blocks()).hasSizeLessThanOrEqualTo(BlockKit.MAX_BLOCKS);
            assertThat(message.text()).isNotBlank().hasSizeLessThanOrEqualTo(BlockKit.FALLBACK);
        });
        assertThat(buttons(messages.get(messages.size() - 1).blocks())).hasSize(1);
        assertThat(messages.subList(0, messages.size() - 1)).allSatisfy(m -> assertThat(buttons(m.blocks())).isEmpty());
        String shown = messages.stream().flatMap(m -> m.blocks().stream()).filter(b -> b instanceof SectionBlock)
                .map(b -> ((SectionBlock) b).getText().getText()).reduce("", String::concat);
        assertThat(shown).as("nothing of the text is lost").contains("Paragraphe 0 ", "Paragraphe 59 ")
                .hasSizeGreaterThan(60 * 2800);
    }

    @Test
    void aLinkSlackWouldRefuseIsLeftOutAndTheRestGoesOut() throws Exception {
        List<BlockKit.Message> messages = post(reply("Liens", List.of(List.of(
                new Button.Link("Trop long", "https://x.com/intent/post?text=" + "a".repeat(3100)),
                new Button.Link("Publier sur X", "https://x.com/intent/post?text=ok")))));
        assertThat(buttons(messages.get(0).blocks())).extracting(ButtonElement::getUrl)
                .containsExactly("https://x.com/intent/post?text=ok");
    }

    @Test
    void aReplyWithButtonsOnlyStillHasAFallbackTextAndTheNoticeGoesLastInSmallPrint() throws Exception {
        List<BlockKit.Message> messages = BlockKit.messages(new Reply(List.of(), List.of(List.of(new Button.Choice("Menu", "m"))),
                false), Optional.of("Vous êtes à l’étape 2 & <3>"));
        send(messages);
        BlockKit.Message message = messages.get(0);
        assertThat(message.text()).isNotBlank();
        assertThat(message.blocks().get(message.blocks().size() - 1).getType()).isEqualTo("context");
        assertThat(fake.lastMessage(dm).orElseThrow().text()).isNotBlank();
    }

    @Test
    void aHomeViewIsCutAtAHundredBlocks() throws Exception {
        List<Reply> replies = IntStream.range(0, 60).mapToObj(n -> reply("Action " + n,
                List.of(List.of(new Button.Start("Rédiger", "a_" + n))))).toList();
        List<LayoutBlock> blocks = BlockKit.view(replies);
        assertThat(blocks).hasSize(BlockKit.MAX_VIEW_BLOCKS);
        assertThat(methods.viewsPublish(r -> r.userId(USER).view(View.builder().type("home").blocks(blocks).build()))
                .isOk()).isTrue();
        assertThat(uniqueIds(blocks)).isEqualTo(buttons(blocks).size());
    }

    private static Reply reply(String text, List<List<Button>> rows) {
        return reply(List.of(new Span.Plain(text)), rows);
    }

    private static Reply reply(List<Span> text, List<List<Button>> rows) {
        return new Reply(text, rows, false);
    }

    private List<BlockKit.Message> post(Reply reply) throws Exception {
        List<BlockKit.Message> messages = BlockKit.messages(reply, Optional.empty());
        send(messages);
        return messages;
    }

    private void send(List<BlockKit.Message> messages) throws Exception {
        for (BlockKit.Message message : messages) {
            assertThat(methods.chatPostMessage(r -> r.channel(dm).text(message.text()).blocks(message.blocks())).isOk())
                    .as("chat.postMessage: %s", fake.rejections()).isTrue();
        }
    }

    private static List<ButtonElement> buttons(List<LayoutBlock> blocks) {
        List<ButtonElement> buttons = new ArrayList<>();
        for (LayoutBlock block : blocks) {
            if (block instanceof ActionsBlock actions) {
                for (BlockElement element : actions.getElements()) {
                    buttons.add((ButtonElement) element);
                }
            }
        }
        return buttons;
    }

    private static int uniqueIds(List<LayoutBlock> blocks) {
        Set<String> ids = new HashSet<>();
        buttons(blocks).forEach(button -> ids.add(button.getActionId()));
        return ids.size();
    }
}
