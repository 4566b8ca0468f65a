package org.relais.slack.fake;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.relais.core.testing.loopback.Waits;

/**
 * One person's conversation with the app under test, driven through the fake: what they type, command or press
 * becomes a real payload delivered by an {@link Inbound} (HTTP or Socket Mode), and {@link #expect} waits
 * (boundedly) for the app's answer to show up in their DM: a message posted or updated there, an ephemeral one, or
 * a response URL's answer. Texts are compared folded: no-break spaces as spaces, typographic quotes as straight
 * ones, Slack's {@code &amp;}, {@code &lt;}, {@code &gt;} unescaped.
 */
public final class SlackChat {

    /** How long each step waits for the app, unless told otherwise. */
    public static final Duration WAIT = Duration.ofSeconds(20);
    private static final Pattern LINK = Pattern.compile("<([^|>\\s]+)\\|([^>]+)>");

    private final FakeSlack fake;
    private final Inbound inbound;
    private final String userId;
    private final String command;
    private Duration wait = WAIT;
    private int mark;

    /** The conversation of {@code userId}, declared with {@code locale}; its slash command is {@code /relais}. */
    public SlackChat(FakeSlack fake, Inbound inbound, String userId, String locale) {
        this(fake, inbound, userId, locale, "/relais");
    }

    /** The same with another slash command. */
    public SlackChat(FakeSlack fake, Inbound inbound, String userId, String locale, String command) {
        this.fake = fake;
        this.inbound = inbound;
        this.userId = userId;
        this.command = command;
        fake.declareUser(userId, locale);
    }

    /** Makes each step wait at most {@code wait} (20 s by default); returns this chat. */
    public SlackChat waitAtMost(Duration wait) {
        this.wait = wait;
        return this;
    }

    /** The person's user id. */
    public String userId() {
        return userId;
    }

    /** The DM channel of the person with the app. */
    public String dmChannel() {
        return fake.dmChannel(userId);
    }

    /** The person writes {@code text} in their DM with the app. */
    public Inbound.Answer dm(String text) {
        return deliver(events -> inbound.event(events.dm(userId, text)));
    }

    /** Writes, then waits for an answer containing {@code expected}; returns the answer's visible text. */
    public String send(String text, String expected) {
        dm(text);
        return expect(expected);
    }

    /** The person runs the slash command with {@code text}, from their DM. */
    public Inbound.Answer command(String text) {
        return deliver(events -> inbound.command(events.command(userId, dmChannel(), command, text)));
    }

    /** The person mentions the bot in a channel (declared to the fake). */
    public Inbound.Answer mention(String channel, String text) {
        return deliver(events -> inbound.event(events.mention(channel, userId, text)));
    }

    /** The person opens the app's Home tab. */
    public Inbound.Answer openHome() {
        return deliver(events -> inbound.event(events.homeOpened(userId)));
    }

    /** Presses the button labelled like {@code label} on the newest DM message that has one, waiting for it. */
    public Inbound.Answer press(String label) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            for (SlackMessage message : newestFirst()) {
                Optional<Button> button = labelled(message.buttons(), label);
                if (button.isPresent()) {
                    return deliver(events -> inbound.interactive(events.blockActions(userId, message, button.get())));
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no button labelled like '" + label + "' in the DM within " + wait
                        + "; it shows:\n" + MessageStore.describe(visible()));
            }
            Waits.pause(Duration.ofMillis(20));
        }
    }

    /** Presses the button labelled like {@code label} in the person's App Home. */
    public Inbound.Answer pressHome(String label) {
        HomeView home = fake.awaitHome(userId, view -> labelled(view.buttons(), label).isPresent(), wait);
        Button button = labelled(home.buttons(), label).orElseThrow();
        return deliver(events -> inbound.interactive(events.homeAction(userId, button)));
    }

    /**
     * Waits for the app to show text containing {@code expected} in the DM since the last step; returns that
     * message's visible text (its text and its blocks').
     */
    public String expect(String expected) {
        return expectIn(dmChannel(), expected);
    }

    /** The same in another channel (the answer to a mention, say). */
    public String expectIn(String channel, String expected) {
        String wanted = folded(expected);
        try {
            Call call = fake.awaitCallFrom(mark, candidate -> shows(candidate, channel)
                    && folded(visibleText(candidate)).contains(wanted), wait);
            return visibleText(call);
        } catch (AssertionError e) {
            List<SlackMessage> shown = channel.equals(dmChannel()) ? visible() : fake.messages(channel);
            throw new AssertionError("no answer containing '" + expected + "' in " + channel + " within " + wait
                    + "; it shows:\n" + MessageStore.describe(shown), e);
        }
    }

    /** Waits for the App Home to show {@code expected}; returns it. */
    public HomeView expectHome(String expected) {
        String wanted = folded(expected);
        return fake.awaitHome(userId, home -> folded(home.plainText()).contains(wanted), wait);
    }

    /** The URL of the newest link labelled like {@code label} in the DM: a link button, or {@code <url|label>}. */
    public String link(String label) {
        String wanted = folded(label);
        for (SlackMessage message : newestFirst()) {
            for (Button button : message.buttons()) {
                if (button.isLink() && folded(button.label()).contains(wanted)) {
                    return button.url();
                }
            }
            Matcher links = LINK.matcher(message.plainText());
            String found = null;
            while (links.find()) {
                if (folded(links.group(2)).contains(wanted)) {
                    found = links.group(1);
                }
            }
            if (found != null) {
                return found;
            }
        }
        throw new AssertionError("no link labelled like '" + label + "' in the DM; it shows:\n"
                + MessageStore.describe(visible()));
    }

    /** Text as compared: no-break spaces as spaces, typographic quotes straight, HTML entities of Slack decoded. */
    static String folded(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('\u201c', '"').replace('\u201d', '"').replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private Inbound.Answer deliver(Function<SlackEvents, Inbound.Answer> action) {
        mark = fake.calls().size();
        return action.apply(fake.events());
    }

    /** The DM's messages this person sees (theirs among the ephemeral ones), oldest first. */
    private List<SlackMessage> visible() {
        String dm = dmChannel();
        return Stream.concat(fake.messages(dm).stream(),
                        fake.ephemerals(dm).stream().filter(m -> userId.equals(m.ephemeralTo())))
                .sorted(Comparator.comparing(SlackMessage::ts)).toList();
    }

    private List<SlackMessage> newestFirst() {
        List<SlackMessage> list = new ArrayList<>(visible());
        Collections.reverse(list);
        return list;
    }

    private static Optional<Button> labelled(List<Button> buttons, String label) {
        String wanted = folded(label);
        Optional<Button> exact = buttons.stream().filter(b -> b.label() != null && folded(b.label()).equals(wanted))
                .findFirst();
        return exact.isPresent() ? exact : buttons.stream()
                .filter(b -> b.label() != null && folded(b.label()).contains(wanted)).findFirst();
    }

    /** Whether the call put something before the person in {@code channel}. */
    private boolean shows(Call call, String channel) {
        if (!call.ok() || call.channel() == null) {
            return false;
        }
        boolean here = call.channel().equals(channel) || channel.equals(dmChannel()) && call.channel().equals(userId);
        return here && (call.is("chat.postMessage") || call.is("chat.update") || call.is("chat.postEphemeral")
                || call.is(Call.RESPONSE_URL));
    }

    /** What a sending call shows: its text and its blocks' visible text. */
    static String visibleText(Call call) {
        String text = call.param("text");
        JsonArray blocks = null;
        JsonElement raw = call.params().get("blocks");
        try {
            JsonElement parsed = raw != null && raw.isJsonPrimitive() ? Json.parse(raw.getAsString()) : raw;
            blocks = parsed != null && parsed.isJsonArray() ? parsed.getAsJsonArray() : null;
        } catch (JsonParseException e) {
            // shown as text only
        }
        String visible = BlockText.visible(blocks);
        String fallback = text == null ? "" : text;
        return visible.isEmpty() ? fallback : fallback.isEmpty() ? visible : fallback + "\n" + visible;
    }
}
