package org.relais.core.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.relais.core.campaign.Action;
import org.relais.core.campaign.Campaign;
import org.relais.core.chat.Button;
import org.relais.core.chat.Payload;
import org.relais.core.chat.Reply;
import org.relais.core.chat.RichText;
import org.relais.core.conversation.Conversation;
import org.relais.core.conversation.Draft;
import org.relais.core.i18n.Language;
import org.relais.core.i18n.Messages;
import org.relais.core.port.Tx;

/**
 * Everything a handler or a screen may use while one event is handled: the conversation, the
 * campaign, the open transaction and the clock, and what has been said so far.
 */
public final class Turn {
    private final Conversation conversation;
    private Campaign campaign;
    private final Tx tx;
    private final Instant now;
    private final List<Reply> said = new ArrayList<>();
    private String notice;
    private Coordinators coordinators = Coordinators.none();
    private Boolean coordinator;

    public Turn(Conversation conversation, Campaign campaign, Tx tx, Instant now) {
        this.conversation = conversation;
        this.campaign = campaign;
        this.tx = tx;
        this.now = now;
    }

    public Conversation conversation() {
        return conversation;
    }

    public Campaign campaign() {
        return campaign;
    }

    /** After a coordinator changed the campaign in this turn: what is shown next already reads the new one. */
    public void campaignChanged(Campaign changed) {
        this.campaign = changed;
    }

    public Tx tx() {
        return tx;
    }

    public Instant now() {
        return now;
    }

    /** Today in the campaign's time zone: action dates are read there. */
    public LocalDate today() {
        return LocalDate.ofInstant(now, campaign.zone());
    }

    /** Whether the person is a coordinator (read once per turn; the engine checks it before any coordinator route). */
    public boolean isCoordinator() {
        if (coordinator == null) {
            coordinator = coordinators.isCoordinator(tx, conversation.key());
        }
        return coordinator;
    }

    public Coordinators coordinators() {
        return coordinators;
    }

    void setCoordinators(Coordinators coordinators) {
        this.coordinators = coordinators;
        this.coordinator = null;
    }

    public Language language() {
        return conversation.language();
    }

    /** A message in the person's language. */
    public String t(String key, Object... args) {
        return Messages.get(language(), key, args);
    }

    public List<Action> activeActions() {
        return campaign.activeOn(today());
    }

    /** The action by id if it exists, is not closed and is active today. */
    public Optional<Action> activeAction(String id) {
        return campaign.action(id).filter(action -> campaign.offers(action, today()));
    }

    public Optional<Draft> draft() {
        return conversation.draft();
    }

    /** The current draft's action, if the draft exists and its action is still active. */
    public Optional<Action> draftAction() {
        return draft().flatMap(d -> activeAction(d.actionId()));
    }

    /** Says something before the step is shown again (an explanation, a confirmation). */
    public void say(Reply reply) {
        said.add(reply);
    }

    public void say(RichText text) {
        said.add(new Reply(text.spans(), List.of(), false));
    }

    public void sayKey(String key, Object... args) {
        say(new RichText().plain(t(key, args)));
    }

    /** A short acknowledgement for the button press (also a good place for "added", "removed"). */
    public void notice(String text) {
        this.notice = text;
    }

    List<Reply> said() {
        return said;
    }

    Optional<String> noticeText() {
        return Optional.ofNullable(notice);
    }

    public Button.Choice choice(String label, String verb) {
        return new Button.Choice(label, Payload.of(verb).encode());
    }

    public Button.Choice choice(String label, String verb, String arg) {
        return new Button.Choice(label, Payload.of(verb, arg).encode());
    }

    /** A button of the current draft: it carries the draft's number and goes stale with the draft. */
    public Button.Choice draftChoice(String label, String verb, String arg) {
        int number = draft().map(Draft::number).orElse(0);
        return new Button.Choice(label, Payload.of(verb, arg).inDraft(number).encode());
    }

    public Button.Choice draftChoice(String label, String verb) {
        return draftChoice(label, verb, "");
    }
}
