package org.relais.core.conversation;

import static org.relais.core.text.KeyValueText.format;
import static org.relais.core.text.KeyValueText.join;
import static org.relais.core.text.KeyValueText.list;
import static org.relais.core.text.KeyValueText.number;
import static org.relais.core.text.KeyValueText.parse;
import static org.relais.core.text.KeyValueText.put;
import static org.relais.core.text.KeyValueText.words;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.relais.core.campaign.CampaignCodec;
import org.relais.core.chat.ConversationKey;
import org.relais.core.i18n.Language;
import org.relais.core.port.StoredConversation;
import org.relais.core.text.KeyValueText;
import org.relais.core.text.Network;

/**
 * Turns a {@link Conversation} into the row a store keeps and back. The draft is written as
 * {@code key=value} lines ({@link KeyValueText}), so that stores need not understand it and a row
 * stays readable in SQL; so is a coordinator's half-made action ({@code n.*}, the action itself
 * in {@link CampaignCodec}'s form). Unknown keys are ignored and missing ones take defaults: older
 * rows keep loading.
 */
public final class ConversationCodec {
    private static final String FORMAT = "1";

    private ConversationCodec() {}

    public static StoredConversation encode(Conversation c, Instant now) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("v", FORMAT);
        put(data, "lang.chosen", c.languageChosen() ? "1" : "");
        put(data, "drafts", c.draftsStarted() == 0 ? "" : Integer.toString(c.draftsStarted()));
        put(data, "mastodon", c.mastodonInstance().orElse(""));
        put(data, "guide", c.guidePosition());
        put(data, "return", c.returnState().orElse(""));
        put(data, "shown", c.shown());
        c.draft().ifPresent(d -> {
            data.put("d.number", Integer.toString(d.number()));
            data.put("d.action", d.actionId());
            data.put("d.rotation", Integer.toString(d.rotation()));
            data.put("d.wording", Integer.toString(d.wording()));
            put(data, "d.body", d.body());
            put(data, "d.targets", join(d.targets()));
            put(data, "d.typed", join(d.typedTargets()));
            put(data, "d.tags", join(d.hashtags()));
            put(data, "d.typedtags", join(d.typedHashtags()));
            put(data, "d.split", d.onePerTarget() ? "1" : "");
            put(data, "d.posted", d.postedOn().stream().map(Network::id).collect(Collectors.joining(",")));
            put(data, "d.step", d.step().orElse(""));
        });
        c.actionDraft().ifPresent(n -> {
            data.put("n.number", Integer.toString(n.number()));
            put(data, "n.editing", n.editing().orElse(""));
            data.put("n.action", CampaignCodec.encodeAction(n.action()));
            put(data, "n.pending", join(n.pending()));
            put(data, "n.summary", n.fromSummary() ? "1" : "");
            put(data, "n.step", n.step().orElse(""));
        });
        String text = format(data);
        return new StoredConversation(
                c.key(), c.chatId(), c.state(), c.language().code(), text, c.version(), now);
    }

    public static Conversation decode(StoredConversation row, Language fallback) {
        Language language = Language.fromTag(row.language()).orElse(fallback);
        Conversation c = new Conversation(row.key(), row.chatId(), row.state(), language, row.version());
        Map<String, String> data = parse(row.data());
        c.setLanguage(language, "1".equals(data.get("lang.chosen")));
        c.setDraftsStarted(number(data.get("drafts"), 0));
        c.setMastodonInstance(data.getOrDefault("mastodon", ""));
        c.setGuidePosition(data.getOrDefault("guide", ""));
        c.setReturnState(data.getOrDefault("return", ""));
        c.setShown(data.getOrDefault("shown", ""));
        if (data.containsKey("d.action")) {
            Draft d = new Draft(number(data.get("d.number"), 1), data.get("d.action"), number(data.get("d.rotation"), 0));
            int wording = number(data.get("d.wording"), -1);
            String body = data.getOrDefault("d.body", "");
            if (wording >= 0) {
                d.useWording(wording, body);
            } else {
                d.useOwnText(body);
            }
            d.targets().addAll(list(data.get("d.targets")));
            d.typedTargets().addAll(list(data.get("d.typed")));
            d.hashtags().addAll(list(data.get("d.tags")));
            d.typedHashtags().addAll(list(data.get("d.typedtags")));
            d.setOnePerTarget("1".equals(data.get("d.split")));
            words(data.get("d.posted")).forEach(id -> Network.fromId(id).ifPresent(d.postedOn()::add));
            Optional.ofNullable(data.get("d.step")).ifPresent(d::setStep);
            c.restoreDraft(d);
        }
        if (data.containsKey("n.action")) {
            String editing = data.getOrDefault("n.editing", "");
            ActionDraft n = new ActionDraft(number(data.get("n.number"), 1), editing,
                    CampaignCodec.decodeAction(editing, data.get("n.action")));
            n.pending().addAll(list(data.get("n.pending")));
            n.setFromSummary("1".equals(data.get("n.summary")));
            Optional.ofNullable(data.get("n.step")).ifPresent(n::setStep);
            c.restoreActionDraft(n);
        }
        return c;
    }

    /** A conversation never stored: version 0. */
    public static Conversation fresh(ConversationKey key, String chatId, String state, Language language) {
        return new Conversation(key, chatId, state, language, 0);
    }
}
