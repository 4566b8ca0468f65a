package org.relais.core.flows;

import java.util.List;

/**
 * The state names of every flow. They are stored with each conversation: renaming one needs a
 * migration of the {@code conversation.state} column, or conversations in that state restart at
 * the menu.
 */
public final class States {
    public static final String MENU = "menu";

    public static final String CHOOSE_WORDING = "choose_wording";
    public static final String WRITE_OWN = "write_own";
    public static final String CHOOSE_TARGETS = "choose_targets";
    public static final String CHOOSE_HASHTAGS = "choose_hashtags";
    public static final String REVIEW = "review";
    public static final String EDIT_TEXT = "edit_text";
    public static final String READY = "ready";
    public static final String ASK_INSTANCE = "ask_instance";
    public static final String CONFIRM_POSTED = "confirm_posted";

    public static final String GUIDE = "guide";
    public static final String TIPS = "tips";
    public static final String RELAY = "relay";

    public static final String CHOOSE_LANGUAGE = "choose_language";
    public static final String CONFIRM_FORGET = "confirm_forget";

    public static final String BROADCAST_PREVIEW = "broadcast_preview";
    public static final String BROADCAST_WHEN = "broadcast_when";

    /** The states of a draft, in which {@code resume} may land. */
    public static final List<String> DRAFT_STEPS = List.of(
            CHOOSE_WORDING, WRITE_OWN, CHOOSE_TARGETS, CHOOSE_HASHTAGS, REVIEW, EDIT_TEXT, READY, ASK_INSTANCE,
            CONFIRM_POSTED);

    private States() {}
}
