package org.relais.telegram.fake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.relais.core.testing.loopback.CallLog;
import org.relais.core.testing.loopback.Faults;
import org.relais.core.testing.loopback.LoopbackServer;

/**
 * A fake Telegram Bot API server on the loopback interface, speaking the real Bot API JSON, so that TelegramBots'
 * own client works against it unchanged:
 * {@code new OkHttpTelegramClient(okHttp, fake.token(), new TelegramUrl("http", fake.host(), fake.port(), false))}.
 *
 * <p>It answers {@code /bot<TOKEN>/<method>} (method names in any case; an unknown token gets 401, an unknown method
 * 404) with {@code getMe}, the webhook methods, the command menus, {@code getUpdates} (offset confirmation, long
 * polling), {@code sendMessage}, {@code sendPhoto} (the uploaded bytes kept, and refused as Telegram refuses them:
 * not an image, over 10 MB, bad dimensions), the two edits and {@code answerCallbackQuery}, checking what
 * Telegram checks, with its error descriptions. Tests queue updates ({@link #updates()}, {@link #enqueue}), inject
 * failures and delays, switch flood control on, and inspect calls, messages and rejections.
 *
 * <p>All its threads are daemons; {@link #close()} stops them. Thread-safe.
 */
public final class FakeTelegram implements AutoCloseable {

    /** The token the fake accepts unless another is given. */
    public static final String DEFAULT_TOKEN = "123456789:AAFakeTokenForRelaisTests_0123456789ab";
    /** The bot's username unless another is given. */
    public static final String DEFAULT_USERNAME = "relais_test_bot";
    private static final String HOST = "127.0.0.1";

    private final String token;
    private final LoopbackServer server;
    private final ChatStore chats;
    private final UpdateQueue queue;
    private final BotSettings settings;
    private final MessageMethods messages;
    private final Faults<ApiError> faults = new Faults<>(method -> method.toLowerCase(Locale.ROOT));
    private final CallLog<Call, Rejection> recorder = new CallLog<>(Rejection::errorCode, Call::method);
    private final AtomicReference<FloodControl> flood = new AtomicReference<>();
    private final AtomicReference<Duration> longPollCap;
    private final Updates updates;

    FakeTelegram(FakeTelegramBuilder builder) {
        this.token = builder.token;
        long botId = Long.parseLong(token.substring(0, token.indexOf(':')));
        this.chats = new ChatStore(Params.JSON.createObjectNode().put("id", botId).put("is_bot", true)
                .put("first_name", builder.botName).put("username", builder.username));
        this.queue = new UpdateQueue(builder.firstUpdateId);
        this.settings = new BotSettings(chats, queue);
        this.messages = new MessageMethods(chats, builder.strictAmpersand);
        this.longPollCap = new AtomicReference<>(builder.longPollCap);
        this.updates = new Updates(chats);
        if (builder.floodRules != null) {
            flood.set(new FloodControl(builder.floodRules));
        }
        Routes routes = new Routes(settings, messages, queue, longPollCap::get);
        this.server = new LoopbackServer("fake-telegram", HOST,
                new HttpFront(token, routes, faults, recorder, chats, flood));
    }

    /** Starts a fake with the defaults: {@link #DEFAULT_TOKEN}, no flood control, long polls capped at 2 s. */
    public static FakeTelegram start() {
        return builder().start();
    }

    /** A builder, to change the token, the bot's name, the long-poll cap, flood control… */
    public static FakeTelegramBuilder builder() {
        return new FakeTelegramBuilder();
    }

    /** The base URL, such as {@code http://127.0.0.1:PORT}. */
    public String url() {
        return server.url();
    }

    /** The host to give TelegramBots' {@code TelegramUrl}: {@code 127.0.0.1}. */
    public String host() {
        return HOST;
    }

    /** The ephemeral port the fake listens on. */
    public int port() {
        return server.port();
    }

    /** The bot token the fake accepts. */
    public String token() {
        return token;
    }

    /** The bot's user id (the token's number). */
    public long botId() {
        return chats.bot().get("id").asLong();
    }

    /** The bot's username, as {@code getMe} gives it. */
    public String botUsername() {
        return chats.bot().get("username").asText();
    }

    /** The builder of realistic updates bound to this fake's chats. */
    public Updates updates() {
        return updates;
    }

    /** Queues an update for {@code getUpdates} (given the next {@code update_id} if it has none); returns its id. */
    public int enqueue(JsonNode update) {
        if (!(update instanceof ObjectNode object)) {
            throw new IllegalArgumentException("an update is a JSON object");
        }
        JsonNode callbackId = object.path("callback_query").path("id");
        if (callbackId.isTextual()) {
            messages.callbackDelivered(callbackId.asText());
        }
        return queue.enqueue(object.deepCopy());
    }

    /** Queues an update given as JSON text. */
    public int enqueue(String updateJson) {
        try {
            return enqueue(Params.JSON.readTree(updateJson));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + updateJson, e);
        }
    }

    /** How many updates wait for confirmation. */
    public int pendingUpdates() {
        return queue.pendingCount();
    }

    /** Declares a chat's type ({@code private}, {@code group}, {@code supergroup}, {@code channel}). */
    public void declareChat(long chatId, String type) {
        chats.declare(chatId, type);
    }

    /** The bot is removed from the chat: every later message there gets Telegram's 403. */
    public void removeBot(long chatId) {
        chats.removeBot(chatId);
    }

    /** The next call of {@code method} ({@code "*"}: of any method) fails with {@code errorCode}. */
    public void failNext(String method, int errorCode, Integer retryAfter) {
        failNext(method, 1, errorCode, null, retryAfter);
    }

    /** The next {@code times} calls of {@code method} fail with {@code errorCode} and its usual description. */
    public void failNext(String method, int times, int errorCode, Integer retryAfter) {
        failNext(method, times, errorCode, null, retryAfter);
    }

    /**
     * The next {@code times} calls of {@code method} ({@code "*"}: of any method) fail with this error.
     *
     * @param description the description, or null for Telegram's usual one (403: {@code Forbidden: bot was blocked by
     *     the user}, 429: {@code Too Many Requests: retry after N}, 500: {@code Internal Server Error}…)
     * @param retryAfter {@code parameters.retry_after} in seconds, or null
     */
    public void failNext(String method, int times, int errorCode, String description, Integer retryAfter) {
        faults.failNext(method, times, ApiError.injected(errorCode, description, retryAfter));
    }

    /** The next call of {@code method} ({@code "*"}: any) is held {@code delay} before being handled and answered. */
    public void delayNext(String method, Duration delay) {
        delayNext(method, 1, delay);
    }

    /** The next {@code times} calls of {@code method} are held {@code delay} each. */
    public void delayNext(String method, int times, Duration delay) {
        faults.delayNext(method, times, delay);
    }

    /** Holds every call this long (a network's latency, for benchmarks); zero by default. */
    public void latency(Duration latency) {
        faults.latency(latency);
    }

    /** Switches flood control on with these rules (fresh windows and buckets), or off with null. */
    public void floodControl(FloodRules rules) {
        flood.set(rules == null ? null : new FloodControl(rules));
    }

    /** The longest a {@code getUpdates} with a {@code timeout} waits for an update. */
    public void longPollCap(Duration cap) {
        longPollCap.set(cap);
    }

    /** Every call received so far, in the order they were answered. */
    public List<Call> calls() {
        return recorder.calls();
    }

    /** The calls of one method (any case). */
    public List<Call> calls(String method) {
        return recorder.calls().stream().filter(call -> call.is(method)).toList();
    }

    /** The messages the bot sent to a chat, in their current state, oldest first. */
    public List<SentMessage> messages(long chatId) {
        return chats.messages(chatId);
    }

    /** The bytes of a photo the bot uploaded to a chat, if that message is one. */
    public Optional<byte[]> photo(SentMessage message) {
        return Optional.ofNullable(chats.photo(message.chatId(), message.messageId()));
    }

    /** The bot's latest message to a chat. */
    public Optional<SentMessage> lastMessage(long chatId) {
        return chats.last(chatId);
    }

    /**
     * The first call (already received or to come) that matches, waiting at most {@code timeout}.
     *
     * @throws AssertionError if none comes in time
     */
    public Call awaitCall(Predicate<Call> match, Duration timeout) {
        return recorder.await(match, timeout);
    }

    /**
     * The first message in the chat whose text (a photo's caption), as sent, matches — now or after a send or an
     * edit within {@code timeout}.
     *
     * @throws AssertionError if none matches in time
     */
    public SentMessage awaitMessage(long chatId, Predicate<String> text, Duration timeout) {
        return chats.await(chatId, text, timeout);
    }

    /** Every error answer given, whatever its {@link Rejection.Kind}. */
    public List<Rejection> rejections() {
        return recorder.rejections();
    }

    /** How many 429 answers were given (flood control's and injected ones). */
    public int tooManyRequestsGiven() {
        return recorder.tooManyRequests();
    }

    /** The command menu set for the default scope and this language ({@code null}: no language). */
    public List<MenuCommand> commands(String languageCode) {
        return commands("default", languageCode);
    }

    /**
     * The command menu of a scope: its type ({@code default}, {@code all_private_chats}, {@code chat}…) followed by
     * {@code :chat_id} and {@code :user_id} when it has them, such as {@code chat:-100123}.
     */
    public List<MenuCommand> commands(String scope, String languageCode) {
        return settings.commands(scope, languageCode);
    }

    /** The webhook as set (its URL is empty when none is). */
    public Webhook webhook() {
        return settings.webhook();
    }

    /**
     * Makes getWebhookInfo report a failed delivery now, as Telegram does when the bot's HTTPS
     * endpoint is down or answers with an error.
     */
    public void webhookDeliveryFailed(String message) {
        settings.webhookDeliveryFailed(java.time.Instant.now().getEpochSecond(), message);
    }

    /** The ids of the callback queries queued for the bot and not answered yet. */
    public Set<String> unansweredCallbacks() {
        return messages.unansweredCallbacks();
    }

    /** Stops the server and its threads; waiting long polls end first. */
    @Override
    public void close() {
        queue.close();
        server.close();
    }
}
