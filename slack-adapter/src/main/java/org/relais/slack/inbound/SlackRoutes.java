package org.relais.slack.inbound;

import com.slack.api.bolt.App;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.ChannelLeftEvent;
import com.slack.api.model.event.GroupLeftEvent;
import com.slack.api.model.event.MemberJoinedChannelEvent;
import com.slack.api.model.event.MemberLeftChannelEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import java.util.regex.Pattern;

/**
 * What Relais listens to in Bolt. Every listener acknowledges at once and leaves the work for later
 * ({@link SlackHandling}): Slack wants its answer within three seconds, and reading a request may
 * need a call to Slack first. Both transports (HTTP and Socket Mode) run these same listeners.
 */
public final class SlackRoutes {
    /** The slash command; the bot's commands are its subcommands ({@code /relais aide}). */
    public static final String COMMAND = "/relais";
    private static final Pattern OUR_BUTTONS = Pattern.compile("relais-.*");

    private SlackRoutes() {}

    public static void register(App app, SlackTranslator translator, SlackHandling handling) {
        app.event(MessageEvent.class, (payload, ctx) -> {
            MessageEvent message = payload.getEvent();
            handling.later(message.getUser(), () -> translator.message(payload.getEventId(), message));
            return ctx.ack();
        });
        app.event(MessageFileShareEvent.class, (payload, ctx) -> {
            MessageFileShareEvent message = payload.getEvent();
            handling.later(message.getUser(), () -> translator.file(payload.getEventId(), message));
            return ctx.ack();
        });
        app.event(AppMentionEvent.class, (payload, ctx) -> {
            AppMentionEvent mention = payload.getEvent();
            handling.later(mention.getUser(), () -> translator.mention(payload.getEventId(), mention));
            return ctx.ack();
        });
        app.event(MemberJoinedChannelEvent.class, (payload, ctx) -> {
            MemberJoinedChannelEvent joined = payload.getEvent();
            handling.later(joined.getChannel(), () -> translator.joined(payload.getEventId(), joined));
            return ctx.ack();
        });
        app.event(MemberLeftChannelEvent.class, (payload, ctx) -> {
            MemberLeftChannelEvent left = payload.getEvent();
            handling.later(left.getChannel(), () -> translator.left(payload.getEventId(), left));
            return ctx.ack();
        });
        app.event(ChannelLeftEvent.class, (payload, ctx) -> {
            String channel = payload.getEvent().getChannel();
            handling.later(channel, () -> translator.left(payload.getEventId(), channel));
            return ctx.ack();
        });
        app.event(GroupLeftEvent.class, (payload, ctx) -> {
            String channel = payload.getEvent().getChannel();
            handling.later(channel, () -> translator.left(payload.getEventId(), channel));
            return ctx.ack();
        });
        app.event(AppHomeOpenedEvent.class, (payload, ctx) -> {
            AppHomeOpenedEvent opened = payload.getEvent();
            handling.later(opened.getUser(), () -> translator.home(payload.getEventId(), opened));
            return ctx.ack();
        });
        app.command(COMMAND, (request, ctx) -> {
            handling.later(request.getPayload().getUserId(), () -> translator.command(request.getPayload()));
            return ctx.ack();
        });
        app.blockAction(OUR_BUTTONS, (request, ctx) -> {
            String user = request.getPayload().getUser() == null ? null : request.getPayload().getUser().getId();
            handling.later(user, () -> translator.action(request.getPayload()));
            return ctx.ack();
        });
    }
}
