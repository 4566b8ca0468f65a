package org.relais.core.flows.menu;

import static org.relais.core.flows.States.CHOOSE_WORDING;
import static org.relais.core.flows.States.MENU;

import java.util.Optional;
import org.relais.core.chat.Payload;
import org.relais.core.engine.Next;
import org.relais.core.engine.Turn;
import org.relais.core.flows.States;
import org.relais.core.flows.coordination.ActionEditorFlow;
import org.relais.core.flows.guide.GuideFlow;
import org.relais.core.flows.volunteer.VolunteerFlow;

/** The ways into a conversation and out of a step: start, deep links, resume, cancel, help. */
public final class Entry {
    /** Deep-link payloads that open an action: {@code a_<action id>} (Telegram allows [A-Za-z0-9_-]). */
    public static final String ACTION_LINK_PREFIX = "a_";
    /** Deep-link payloads that open the guide, the tips, the menu. */
    public static final String GUIDE_LINK = "guide";
    public static final String TIPS_LINK = "tips";
    public static final String MENU_LINK = "menu";

    private Entry() {}

    /**
     * {@code /start}: with {@code a_<id>}, straight into that action; without, back where the person was
     * if a draft is under way (nothing lost), else the menu.
     */
    public static Next start(Turn turn, Optional<String> payload) {
        if (payload.isPresent() && !payload.get().isBlank()) {
            String value = payload.get().strip();
            if (value.startsWith(ACTION_LINK_PREFIX)) {
                Next next = VolunteerFlow.startOn(turn, value.substring(ACTION_LINK_PREFIX.length()));
                if (!(next instanceof Next.Stale)) {
                    return next;
                }
            } else if (value.equals(GUIDE_LINK)) {
                turn.conversation().setGuidePosition(GuideFlow.INDEX);
                return Next.go(States.GUIDE);
            } else if (value.equals(TIPS_LINK)) {
                return Next.go(States.TIPS);
            } else if (value.equals(MENU_LINK)) {
                return Next.go(MENU);
            }
            turn.sayKey("link.unavailable");
            return Next.go(MENU);
        }
        boolean inDraft = States.DRAFT_STEPS.contains(turn.conversation().state()) && turn.draftAction().isPresent();
        if (inDraft) {
            turn.sayKey("welcome.resume", VolunteerFlow.resumeLabel(turn).orElse(""));
            return Next.go(turn.conversation().state()); // shown again, even if it is the last keyboard
        }
        turn.sayKey(turn.conversation().version() == 0 ? "welcome.first" : "welcome.back");
        return Next.go(MENU);
    }

    public static Next startCommand(Turn turn, String args) {
        return start(turn, args.isBlank() ? Optional.empty() : Optional.of(args));
    }

    /** The menu's "resume" button: back to the step the draft was at. */
    public static Next resume(Turn turn, Payload payload) {
        Optional<String> step = turn.draftAction().flatMap(action -> turn.draft().orElseThrow().step());
        if (step.isEmpty() || !States.DRAFT_STEPS.contains(step.get())) {
            return turn.draftAction().isPresent() ? Next.go(CHOOSE_WORDING) : Next.stale();
        }
        return Next.go(step.get());
    }

    /**
     * {@code /annuler}: within a draft, or an action a coordinator is making, drop it; elsewhere (the
     * guide, the language chooser), leave what is under way, and keep the draft for later.
     */
    public static Next cancel(Turn turn, String args) {
        boolean inDraft = States.DRAFT_STEPS.contains(turn.conversation().state());
        if (ActionEditorFlow.cancel(turn)) {
            turn.sayKey("editor.cancelled");
        } else if (inDraft && turn.draft().isPresent()) {
            turn.conversation().dropDraft();
            turn.sayKey("cancel.done");
        } else if (turn.draftAction().isPresent()) {
            turn.sayKey("cancel.draft_kept");
        } else {
            turn.sayKey("cancel.nothing");
        }
        return Next.go(MENU);
    }

    public static Next help(Turn turn, String args) {
        turn.say(MenuFlow.help(turn));
        return Next.stay();
    }

    /** A sticker, a photo, a voice message: say what the bot reads, and show the step again. */
    public static Next unsupported(Turn turn, String ignored) {
        turn.sayKey("input.unsupported");
        return Next.stay();
    }

    public static Next unknownCommand(Turn turn, String args) {
        turn.sayKey("command.unknown");
        return Next.stay();
    }
}
