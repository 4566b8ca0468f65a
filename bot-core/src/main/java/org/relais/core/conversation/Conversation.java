package org.relais.core.conversation;

import java.util.Optional;
import org.relais.core.campaign.Action;
import org.relais.core.chat.ConversationKey;
import org.relais.core.i18n.Language;

/** One person's conversation with the bot, as the flows read and change it during one event. */
public final class Conversation {
    private final ConversationKey key;
    private final long version;
    private String chatId;
    private String state;
    private Language language;
    private boolean languageChosen;
    private Draft draft;
    private ActionDraft actionDraft;
    private int draftsStarted;
    private String mastodonInstance = "";
    private String guidePosition = "";
    private String returnState = "";
    private String shown = "";
    private boolean forgotten;

    public Conversation(ConversationKey key, String chatId, String state, Language language, long version) {
        this.key = key;
        this.chatId = chatId;
        this.state = state;
        this.language = language;
        this.version = version;
    }

    public ConversationKey key() {
        return key;
    }

    /** The stored version this was loaded at (0: new). */
    public long version() {
        return version;
    }

    public String chatId() {
        return chatId;
    }

    public void setChatId(String chatId) {
        this.chatId = chatId;
    }

    public String state() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public Language language() {
        return language;
    }

    /** True once the person picked a language: the platform's hint no longer changes it. */
    public boolean languageChosen() {
        return languageChosen;
    }

    public void setLanguage(Language language, boolean chosen) {
        this.language = language;
        this.languageChosen = this.languageChosen || chosen;
    }

    public Optional<Draft> draft() {
        return Optional.ofNullable(draft);
    }

    /** Starts a new draft for an action, numbered after every earlier one. */
    public Draft startDraft(String actionId, int rotation) {
        draftsStarted++;
        draft = new Draft(draftsStarted, actionId, rotation);
        return draft;
    }

    public void restoreDraft(Draft draft) {
        this.draft = draft;
    }

    public void dropDraft() {
        this.draft = null;
    }

    public Optional<ActionDraft> actionDraft() {
        return Optional.ofNullable(actionDraft);
    }

    /**
     * Starts a coordinator's draft of an action, numbered after every earlier draft of either kind.
     *
     * @param editing the id of the saved action to edit, or empty for a new action
     */
    public ActionDraft startActionDraft(String editing, Action action) {
        draftsStarted++;
        actionDraft = new ActionDraft(draftsStarted, editing, action);
        return actionDraft;
    }

    public void restoreActionDraft(ActionDraft actionDraft) {
        this.actionDraft = actionDraft;
    }

    public void dropActionDraft() {
        this.actionDraft = null;
    }

    public int draftsStarted() {
        return draftsStarted;
    }

    public void setDraftsStarted(int count) {
        this.draftsStarted = count;
    }

    public Optional<String> mastodonInstance() {
        return mastodonInstance.isEmpty() ? Optional.empty() : Optional.of(mastodonInstance);
    }

    public void setMastodonInstance(String instance) {
        this.mastodonInstance = instance == null ? "" : instance;
    }

    public String guidePosition() {
        return guidePosition;
    }

    public void setGuidePosition(String position) {
        this.guidePosition = position;
    }

    /** Where a modal state (language, confirmation) returns to. */
    public Optional<String> returnState() {
        return returnState.isEmpty() ? Optional.empty() : Optional.of(returnState);
    }

    public void setReturnState(String state) {
        this.returnState = state == null ? "" : state;
    }

    /**
     * A digest of the last keyboard the bot sent in this chat (empty: none known), so that a detour
     * does not send the same step a second time under it.
     */
    public String shown() {
        return shown;
    }

    public void setShown(String digest) {
        this.shown = digest == null ? "" : digest;
    }

    /** Set by {@code /oublier}: the engine deletes what is stored instead of saving. */
    public boolean forgotten() {
        return forgotten;
    }

    public void forget() {
        this.forgotten = true;
    }
}
