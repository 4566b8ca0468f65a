package org.relais.slack.outbound;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.relais.core.chat.Button;
import org.relais.core.chat.Labels;
import org.relais.core.chat.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A reply as Slack messages in Block Kit, within Slack's limits (docs/platform-limits.md): sections
 * of at most 3000 characters, buttons whose text is at most 75, values at most 2000, URLs at most
 * 3000, at most 25 elements an actions block, unique action ids, at most 50 blocks a message (a reply
 * that needs more becomes several messages, the buttons under the last), and a plain-text fallback
 * on every message for notifications and screen readers.
 */
public final class BlockKit {
    static final int MAX_BLOCKS = 50;
    static final int MAX_VIEW_BLOCKS = 100;
    static final int BUTTON_TEXT = 75;
    static final int MAX_VALUE = 2000;
    static final int MAX_URL = 3000;
    static final int MAX_ELEMENTS = 25;
    static final int FALLBACK = 3000;
    private static final Logger LOG = LoggerFactory.getLogger(BlockKit.class);

    /** One Slack message: the fallback text and the blocks. */
    public record Message(String text, List<LayoutBlock> blocks) {}

    private BlockKit() {}

    /** The reply as one message, or several when its blocks would pass 50; {@code notice} goes last, in small print. */
    public static List<Message> messages(Reply reply, Optional<String> notice) {
        List<Sections.Section> sections = Sections.split(reply.text());
        List<LayoutBlock> tail = new ArrayList<>(actions(reply.rows(), new int[1], MAX_BLOCKS - 1));
        notice.ifPresent(text -> tail.add(context(text)));
        List<Message> messages = new ArrayList<>();
        List<LayoutBlock> blocks = new ArrayList<>();
        StringBuilder fallback = new StringBuilder();
        for (Sections.Section section : sections) {
            if (blocks.size() == MAX_BLOCKS) {
                messages.add(new Message(cut(fallback.toString()), blocks));
                blocks = new ArrayList<>();
                fallback.setLength(0);
            }
            blocks.add(section(section.mrkdwn()));
            fallback.append(fallback.length() == 0 ? "" : "\n").append(section.plain());
        }
        if (blocks.size() + tail.size() > MAX_BLOCKS) {
            messages.add(new Message(cut(fallback.toString()), blocks));
            blocks = new ArrayList<>();
            fallback.setLength(0);
        }
        blocks.addAll(tail);
        if (fallback.length() == 0) {
            fallback.append(notice.orElse(reply.buttons().isEmpty() ? "…" : reply.buttons().get(0).label()));
        }
        messages.add(new Message(cut(fallback.toString()), blocks));
        return messages;
    }

    /** Replies as the blocks of a home tab (100 at most; whatever would pass is left out, and said so). */
    public static List<LayoutBlock> view(List<Reply> replies) {
        List<LayoutBlock> blocks = new ArrayList<>();
        int[] ids = new int[1];
        for (Reply reply : replies) {
            Sections.split(reply.text()).forEach(section -> blocks.add(section(section.mrkdwn())));
            blocks.addAll(actions(reply.rows(), ids, MAX_VIEW_BLOCKS));
        }
        if (blocks.size() > MAX_VIEW_BLOCKS) {
            LOG.warn("the home view has {} blocks; the last {} are left out", blocks.size(), blocks.size() - MAX_VIEW_BLOCKS);
            return List.copyOf(blocks.subList(0, MAX_VIEW_BLOCKS));
        }
        return blocks;
    }

    private static SectionBlock section(String mrkdwn) {
        return SectionBlock.builder().text(MarkdownTextObject.builder().text(mrkdwn).build()).build();
    }

    private static ContextBlock context(String text) {
        return ContextBlock.builder().elements(List.of(MarkdownTextObject.builder().text(Mrkdwn.escape(text)).build())).build();
    }

    /**
     * One actions block per row of buttons, a row of more than 25 over several; when that would make
     * more than {@code maxBlocks}, the rows are packed 25 buttons a block instead.
     */
    private static List<LayoutBlock> actions(List<List<Button>> rows, int[] ids, int maxBlocks) {
        List<List<BlockElement>> blocks = new ArrayList<>();
        for (List<Button> row : rows) {
            for (int i = 0; i < row.size(); i += MAX_ELEMENTS) {
                List<BlockElement> elements = new ArrayList<>();
                row.subList(i, Math.min(row.size(), i + MAX_ELEMENTS)).forEach(b -> button(b, ids).ifPresent(elements::add));
                if (!elements.isEmpty()) {
                    blocks.add(elements);
                }
            }
        }
        if (blocks.size() > maxBlocks) {
            List<BlockElement> all = blocks.stream().flatMap(List::stream).toList();
            blocks.clear();
            for (int i = 0; i < all.size(); i += MAX_ELEMENTS) {
                blocks.add(all.subList(i, Math.min(all.size(), i + MAX_ELEMENTS)));
            }
        }
        return blocks.stream().<LayoutBlock>map(elements -> ActionsBlock.builder().elements(elements).build()).toList();
    }

    /** Choices carry their payload as value; start buttons theirs; links their URL. */
    private static Optional<BlockElement> button(Button button, int[] ids) {
        ButtonElement.ButtonElementBuilder element = ButtonElement.builder()
                .text(com.slack.api.model.block.composition.PlainTextObject.builder()
                        .text(Labels.shorten(button.label(), BUTTON_TEXT)).emoji(true).build());
        int id = ids[0]++;
        if (button instanceof Button.Choice choice) {
            return Optional.of(element.actionId(ActionIds.CHOICE + id).value(value(choice.payload())).build());
        } else if (button instanceof Button.Start start) {
            return Optional.of(element.actionId(ActionIds.START + id).value(value(start.payload())).build());
        } else if (button instanceof Button.Link link) {
            if (link.url().length() > MAX_URL) {
                LOG.warn("a link button's URL has {} characters, over Slack's {}; the button is left out", link.url().length(), MAX_URL);
                return Optional.empty();
            }
            return Optional.of(element.actionId(ActionIds.LINK + id).url(link.url()).build());
        }
        throw new IllegalArgumentException("unknown button " + button.getClass());
    }

    /** Payloads are 64 bytes at most (the engine checks); this keeps Slack's own limit whatever comes. */
    private static String value(String payload) {
        if (payload.length() > MAX_VALUE) {
            throw new IllegalArgumentException("a button value over " + MAX_VALUE + " characters");
        }
        return payload;
    }

    private static String cut(String text) {
        return Labels.shorten(text.isBlank() ? "…" : text, FALLBACK);
    }
}
