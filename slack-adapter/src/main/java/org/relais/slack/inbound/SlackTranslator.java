package org.relais.slack.inbound;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MemberJoinedChannelEvent;
import com.slack.api.model.event.MemberLeftChannelEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import java.util.Locale;
import java.util.Optional;
import org.relais.core.chat.ConversationKey;
import org.relais.core.chat.Event;
import org.relais.core.chat.Origin;
import org.relais.slack.People;
import org.relais.slack.outbound.ActionIds;

/**
 * Turns what Slack sends into engine events, and nothing more (the adapter translates; the engine
 * decides). Direct messages with the app hold the conversation: text, files (which the bot cannot
 * read), button presses. {@code /relais} runs a command there; typed in a channel, it gets an answer
 * only the person sees, with a button to continue in private. A mention in a channel is answered in
 * its thread the same way. Opening the App Home shows the actions. Bots (the app itself included)
 * are never answered.
 */
public final class SlackTranslator {
    public static final String PLATFORM = "slack";

    private final String botUserId;
    private final People people;

    public SlackTranslator(String botUserId, People people) {
        this.botUserId = botUserId;
        this.people = people;
    }

    /**
     * The app was added to a channel ({@code member_joined_channel} about its own user): recorded, so
     * that a coordinator's {@code /abonner} list offers it. Other people joining get nothing.
     */
    public Optional<SlackInbound> joined(String eventId, MemberJoinedChannelEvent joined) {
        if (!botUserId.equals(joined.getUser())) {
            return Optional.empty();
        }
        return Optional.of(membership(eventId, joined.getChannel(), "member"));
    }

    /** The app was removed from a channel ({@code member_left_channel} about itself): no more announcements there. */
    public Optional<SlackInbound> left(String eventId, MemberLeftChannelEvent left) {
        if (!botUserId.equals(left.getUser())) {
            return Optional.empty();
        }
        return Optional.of(membership(eventId, left.getChannel(), "left"));
    }

    /** The app left a channel, or was removed from it ({@code channel_left}, {@code group_left}). */
    public Optional<SlackInbound> left(String eventId, String channel) {
        return Optional.of(membership(eventId, channel, "left"));
    }

    /**
     * The app's own membership of a channel, for the engine's record of chats (a chat it left is
     * unsubscribed). Slack gives {@code C} to public and recent private channels alike, {@code G} to
     * older private ones: the type is the id's, as far as it tells.
     */
    private SlackInbound membership(String eventId, String channel, String status) {
        String type = channel.startsWith("G") ? "private_channel" : "public_channel";
        Origin origin = new Origin(new ConversationKey(PLATFORM, channel), channel, Optional.empty(), eventId);
        return new SlackInbound(new Event.Membership(origin, type, "", status), SlackReach.post(channel));
    }

    /** A message in the person's direct messages with the app. */
    public Optional<SlackInbound> message(String eventId, MessageEvent message) {
        if (!"im".equals(message.getChannelType()) || fromBot(message.getUser(), message.getBotId())) {
            return Optional.empty();
        }
        people.remember(message.getUser(), message.getChannel());
        Origin origin = origin(message.getUser(), message.getChannel(), eventId);
        return Optional.of(new SlackInbound(new Event.Text(origin, SlackText.plain(message.getText())),
                SlackReach.post(message.getChannel())));
    }

    /** A file or a picture in the direct messages: the bot says what it reads, and shows the step. */
    public Optional<SlackInbound> file(String eventId, MessageFileShareEvent message) {
        if (!"im".equals(message.getChannelType()) || fromBot(message.getUser(), null)) {
            return Optional.empty();
        }
        Origin origin = origin(message.getUser(), message.getChannel(), eventId);
        return Optional.of(new SlackInbound(new Event.Unsupported(origin), SlackReach.post(message.getChannel())));
    }

    /** {@code @Relais …} in a channel: one answer, in the thread, that continues in private. */
    public Optional<SlackInbound> mention(String eventId, AppMentionEvent mention) {
        if (fromBot(mention.getUser(), mention.getBotId())) {
            return Optional.empty();
        }
        Origin origin = origin(mention.getUser(), mention.getChannel(), eventId);
        String thread = mention.getThreadTs() != null ? mention.getThreadTs() : mention.getTs();
        return Optional.of(new SlackInbound(new Event.GroupRequest(origin, SlackText.withoutMention(mention.getText(), botUserId)),
                SlackReach.thread(mention.getChannel(), thread)));
    }

    /** The App Home tab opened (the Messages and About tabs need nothing). */
    public Optional<SlackInbound> home(String eventId, AppHomeOpenedEvent opened) {
        if (!"home".equals(opened.getTab()) || opened.getUser() == null) {
            return Optional.empty();
        }
        String channel = opened.getChannel() != null ? opened.getChannel() : people.directChannel(opened.getUser());
        return Optional.of(new SlackInbound(new Event.HomeOpened(origin(opened.getUser(), channel, eventId)),
                SlackReach.home(channel)));
    }

    /**
     * {@code /relais [command [arguments]]}: a command in the direct messages ({@code /relais} alone
     * opens the menu); anywhere else, an answer only the person sees, with the way to the private
     * conversation, since the app may not even be in that channel.
     */
    public Optional<SlackInbound> command(SlashCommandPayload command) {
        String user = command.getUserId();
        String text = command.getText() == null ? "" : SlackText.plain(command.getText()).strip();
        String delivery = "command:" + (command.getTriggerId() != null ? command.getTriggerId() : user + ":" + text.hashCode());
        String direct = people.directChannel(user);
        String[] words = text.split("\\s+", 2);
        String name = words[0].isEmpty() ? "menu" : words[0].replaceFirst("^/", "").toLowerCase(Locale.ROOT);
        String args = words.length > 1 ? words[1] : "";
        if (!direct.equals(command.getChannelId())) {
            Origin origin = origin(user, command.getChannelId(), delivery);
            String channelName = command.getChannelName() == null ? "" : command.getChannelName();
            String type = channelName.equals("privategroup") ? "private_channel" : "public_channel";
            String title = channelName.isEmpty() || channelName.equals("privategroup") ? "" : "#" + channelName;
            return Optional.of(new SlackInbound(new Event.ChatCommand(origin, name, args, type, title),
                    SlackReach.ephemeral(command.getChannelId(), command.getResponseUrl())));
        }
        return Optional.of(new SlackInbound(new Event.Command(origin(user, direct, delivery), name, args), SlackReach.post(direct)));
    }

    /**
     * A button. A choice carries the engine's payload and the message it was on, updated in place; a
     * start button (in a channel's thread or the App Home) opens the private conversation; a link
     * needs nothing (Slack opened it).
     */
    public Optional<SlackInbound> action(BlockActionPayload payload) {
        if (payload.getActions() == null || payload.getActions().isEmpty() || payload.getUser() == null) {
            return Optional.empty();
        }
        BlockActionPayload.Action action = payload.getActions().get(0);
        String user = payload.getUser().getId();
        String actionId = action.getActionId() == null ? "" : action.getActionId();
        String delivery = "action:" + (payload.getTriggerId() != null ? payload.getTriggerId() : action.getActionTs());
        if (action.getValue() == null || fromBot(user, null)) {
            return Optional.empty();
        }
        if (actionId.startsWith(ActionIds.START)) {
            String direct = people.directChannel(user);
            Event started = new Event.Started(origin(user, direct, delivery), Optional.of(action.getValue()));
            return Optional.of(new SlackInbound(started, SlackReach.post(direct)));
        }
        if (actionId.startsWith(ActionIds.CHOICE) && payload.getChannel() != null && payload.getContainer() != null
                && payload.getContainer().getMessageTs() != null) {
            String channel = payload.getChannel().getId();
            Event pressed = new Event.ButtonPressed(origin(user, channel, delivery), action.getValue());
            return Optional.of(new SlackInbound(pressed, SlackReach.pressed(channel, payload.getContainer().getMessageTs(),
                    Optional.ofNullable(payload.getResponseUrl()))));
        }
        return Optional.empty();
    }

    private boolean fromBot(String user, String botId) {
        return user == null || botId != null || user.equals(botUserId);
    }

    private Origin origin(String user, String channel, String delivery) {
        return new Origin(new ConversationKey(PLATFORM, user), channel, people.locale(user), clip(delivery));
    }

    /** Delivery ids are at most 128 characters. */
    private static String clip(String delivery) {
        return delivery.length() <= 128 ? delivery : delivery.substring(0, 128);
    }
}
