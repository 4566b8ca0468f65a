package org.relais.core.engine;

import java.util.List;
import java.util.Optional;
import org.relais.core.chat.Payload;
import org.relais.core.chat.Reply;
import org.relais.core.i18n.Language;

/** The shapes of the functions a flow table is made of. */
public final class Handlers {
    private Handlers() {}

    @FunctionalInterface
    public interface OnButton {
        Next handle(Turn turn, Payload payload);
    }

    @FunctionalInterface
    public interface OnText {
        Next handle(Turn turn, String text);
    }

    @FunctionalInterface
    public interface OnCommand {
        Next handle(Turn turn, String args);
    }

    @FunctionalInterface
    public interface OnStart {
        Next handle(Turn turn, Optional<String> payload);
    }

    /** What the bot says in a group where it was asked something: a way to continue in private. */
    @FunctionalInterface
    public interface OnGroupRequest {
        List<Reply> answer(Language language, String text);
    }

    /** A command about the group or channel it was typed in ({@code /abonner}): answered there, no conversation. */
    @FunctionalInterface
    public interface OnChatCommand {
        List<Reply> handle(ChatTurn turn, String args);
    }

    /** Draws a state's message(s) from the conversation. Called after every event that lands there. */
    @FunctionalInterface
    public interface Screen {
        List<Reply> render(Turn turn);
    }
}
