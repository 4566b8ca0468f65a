package org.relais.slack.fake;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.relais.core.testing.loopback.CallLog;
import org.relais.core.testing.loopback.Faults;
import org.relais.core.testing.loopback.LoopbackServer;

/**
 * A fake Slack on the loopback interface, speaking the real Web API JSON so that Slack's Java SDK and Bolt work
 * against it unchanged: {@code SlackConfig.setMethodsEndpointUrlPrefix(fake.apiUrl())}.
 *
 * <p>One workspace, one app: it answers {@code POST /api/{method}} for {@code auth.test},
 * {@code apps.connections.open} (to its {@link FakeSocketMode}), {@code conversations.open}, {@code users.info},
 * {@code chat.postMessage}, {@code chat.update}, {@code chat.postEphemeral}, {@code views.publish},
 * {@code files.getUploadURLExternal} and {@code files.completeUploadExternal} (with the upload URLs it hands out),
 * form or JSON bodies, checking tokens and Block Kit as Slack does; and the response URLs it mints. Tests build inbound payloads
 * with {@link #events()}, inject failures, delays and rate limits, and inspect calls, messages and rejections.
 *
 * <p>All its threads are daemons; {@link #close()} stops them. Thread-safe.
 */
public final class FakeSlack implements AutoCloseable {

    private static final String HOST = "127.0.0.1";

    private final Workspace workspace;
    private final Ids ids = new Ids();
    private final Directory directory;
    private final MessageStore store = new MessageStore();
    private final ResponseUrls responses;
    private final Faults<ApiError> faults = new Faults<>();
    private final RateRules rates = new RateRules();
    private final CallLog<Call, Rejection> recorder = new CallLog<>(Rejection::status,
            call -> call.method() + (call.ok() ? "" : " (" + call.error() + ")"));
    private final SlackEvents events;
    private final LoopbackServer server;
    private final FileMethods files;
    private FakeSocketMode socketMode;
    private boolean closed;

    FakeSlack(FakeSlackBuilder b) {
        this.workspace = new Workspace(b.teamId, b.teamDomain, b.teamName, b.botUserId, b.botId, b.appId, b.botName,
                b.botToken, b.appToken, b.signingSecret, Ids.alnum(24));
        this.directory = new Directory(ids, b.defaultLocale);
        SlackState state = new SlackState(workspace, directory, store, ids, b.actionIdsPerMessage);
        MessageMethods messages = new MessageMethods(state);
        this.responses = new ResponseUrls(messages, b.actionIdsPerMessage);
        this.files = new FileMethods(state, this::url);
        Routes routes = new Routes(new WorkspaceMethods(workspace, directory, this::socketMode), messages,
                new ViewMethods(state), files);
        this.server = new LoopbackServer("fake-slack", HOST,
                new HttpFront(workspace, routes, responses, faults, rates, recorder, files));
        this.events = new SlackEvents(this, state);
    }

    /** Starts a fake with fresh tokens and the default workspace ({@code T0RELAIS1}). */
    public static FakeSlack start() {
        return builder().start();
    }

    /** A builder, to choose the ids, tokens, signing secret, default locale… */
    public static FakeSlackBuilder builder() {
        return new FakeSlackBuilder();
    }

    /** The base URL, {@code http://127.0.0.1:PORT}. */
    public String url() {
        return server.url();
    }

    /** The Web API prefix for {@code SlackConfig.setMethodsEndpointUrlPrefix}: {@code http://127.0.0.1:PORT/api/}. */
    public String apiUrl() {
        return url() + "/api/";
    }

    /** The team id ({@code T…}). */
    public String teamId() {
        return workspace.teamId();
    }

    /** The team's subdomain. */
    public String teamDomain() {
        return workspace.teamDomain();
    }

    /** The bot user's id ({@code U…}): the one mentions name ({@code <@U…>}). */
    public String botUserId() {
        return workspace.botUserId();
    }

    /** The bot's id ({@code B…}). */
    public String botId() {
        return workspace.botId();
    }

    /** The app's id ({@code A…}). */
    public String appId() {
        return workspace.appId();
    }

    /** The bot token the fake accepts ({@code xoxb-…}). */
    public String botToken() {
        return workspace.botToken();
    }

    /** The app-level token the fake accepts, for Socket Mode ({@code xapp-…}). */
    public String appToken() {
        return workspace.appToken();
    }

    /** The app's signing secret, to sign HTTP requests to the app ({@link SlackSigner}). */
    public String signingSecret() {
        return workspace.signingSecret();
    }

    /** The legacy verification token the payloads carry in {@code token}. */
    public String verificationToken() {
        return workspace.verificationToken();
    }

    /** Declares a person (a {@code U…} id) with a locale, such as {@code fr-CA}, and the Toronto time zone. */
    public void declareUser(String userId, String locale) {
        declareUser(userId, locale, "America/Toronto");
    }

    /** Declares a person with a locale and an IANA time zone ({@code America/Montreal}). */
    public void declareUser(String userId, String locale, String timeZone) {
        directory.declareUser(userId, locale, timeZone);
    }

    /** Declares a channel ({@code C…}, or {@code G…}) the bot is in. */
    public void declareChannel(String channelId) {
        directory.declareChannel(channelId);
    }

    /** The DM channel ({@code D…}) of the app with a user, stable per user (the user is declared if unknown). */
    public String dmChannel(String userId) {
        return directory.dm(userId);
    }

    /** The builder of realistic inbound payloads with this fake's ids. */
    public SlackEvents events() {
        return events;
    }

    /** The Socket Mode server, started on first use (also by {@code apps.connections.open}). */
    public synchronized FakeSocketMode socketMode() {
        if (closed) {
            throw new IllegalStateException("the fake is closed");
        }
        if (socketMode == null) {
            socketMode = new FakeSocketMode(workspace, ids);
        }
        return socketMode;
    }

    /** A response URL for a message (its answers may replace it), used up after 5 answers. */
    public String newResponseUrl(String channel, String messageTs) {
        return newResponseUrl(channel, messageTs, null);
    }

    /**
     * A response URL for a channel, a message (or null, for a slash command) and the user whose action it answers
     * (or null): an answer that is not {@code in_channel} is ephemeral to that user.
     */
    public String newResponseUrl(String channel, String messageTs, String userId) {
        return url() + "/respond/" + responses.mint(channel, messageTs, userId);
    }

    /**
     * The next {@code times} calls of {@code method} ({@code "*"}: of any method; {@value Call#RESPONSE_URL} for
     * response URLs) fail with an HTTP status: 429 with {@code Retry-After} ({@code retryAfterSeconds}, 1 if null)
     * and {@code {"ok":false,"error":"ratelimited"}}; a 5xx with the HTML page (or, for 503, the empty body) of
     * Slack's edge. Note that Slack's SDK calls {@code auth.test} once per token before its first call: a
     * {@code "*"} failure may go to that call.
     */
    public void failNext(String method, int times, int httpStatus, Integer retryAfterSeconds) {
        faults.failNext(method, times, ApiError.injected(httpStatus, retryAfterSeconds));
    }

    /** The next {@code times} calls of {@code method} get HTTP 200 {@code {"ok":false,"error":error}}. */
    public void failNext(String method, int times, String error) {
        faults.failNext(method, times, ApiError.injected(error));
    }

    /** Forgets the failures and delays asked for and not yet given. */
    public void clearFaults() {
        faults.clear();
    }

    /** The next call of {@code method} ({@code "*"}: any) is held {@code delay} before being handled. */
    public void delayNext(String method, Duration delay) {
        faults.delayNext(method, 1, delay);
    }

    /** The next {@code times} calls of {@code method} are held {@code delay} each. */
    public void delayNext(String method, int times, Duration delay) {
        faults.delayNext(method, times, delay);
    }

    /** Holds every call this long, as a network would (zero by default). */
    public void latency(Duration latency) {
        faults.latency(latency);
    }

    /**
     * Answers 429 with {@code Retry-After} to a call of {@code method} when {@code perChannelPerSecond} calls to the
     * same channel were admitted in the past second (a sliding window); 0 removes the rule.
     */
    public void rateLimit(String method, int perChannelPerSecond) {
        rates.limit(method, perChannelPerSecond);
    }

    /** Every call so far (the SDK's own {@code auth.test} calls included), in the order they were answered. */
    public List<Call> calls() {
        return recorder.calls();
    }

    /** The calls of one method. */
    public List<Call> calls(String method) {
        return recorder.calls().stream().filter(call -> call.is(method)).toList();
    }

    /** Every error answered, and every warning. */
    public List<Rejection> rejections() {
        return recorder.rejections();
    }

    /** How many 429 answers were given (by rate rules and injected). */
    public int tooManyRequestsGiven() {
        return recorder.tooManyRequests();
    }

    /** The bot's messages in a channel, in their current state, oldest first (ephemeral ones excluded). */
    public List<SlackMessage> messages(String channel) {
        return store.messages(channel);
    }

    /** The bot's ephemeral messages in a channel, oldest first. */
    public List<SlackMessage> ephemerals(String channel) {
        return store.ephemerals(channel);
    }

    /** The bot's latest (non-ephemeral) message in a channel. */
    public Optional<SlackMessage> lastMessage(String channel) {
        return store.last(channel);
    }

    /** The files the bot shared in a channel ({@code files.completeUploadExternal} with its id), oldest first. */
    public List<SharedFile> files(String channel) {
        return files.shared(channel);
    }

    /** The first file shared in the channel, now or within {@code timeout}. */
    public SharedFile awaitFile(String channel, Duration timeout) {
        return files.await(channel, timeout);
    }

    /** A user's App Home as last published. */
    public Optional<HomeView> homeView(String userId) {
        return Optional.ofNullable(store.home(userId));
    }

    /**
     * The first call (already received or to come) that matches, waiting at most {@code timeout}.
     *
     * @throws AssertionError if none comes in time
     */
    public Call awaitCall(Predicate<Call> match, Duration timeout) {
        return recorder.await(match, timeout);
    }

    /** The same among the calls from index {@code from} (in {@link #calls()}) on. */
    Call awaitCallFrom(int from, Predicate<Call> match, Duration timeout) {
        return recorder.await(from, match, timeout);
    }

    /**
     * The first message in the channel (ephemeral ones included) that matches, now or after a post or an update
     * within {@code timeout}.
     *
     * @throws AssertionError listing what the channel shows if none matches in time
     */
    public SlackMessage awaitMessage(String channel, Predicate<SlackMessage> match, Duration timeout) {
        return store.await(channel, match, timeout);
    }

    /** The first message in the channel whose {@link SlackMessage#plainText()} contains {@code fragment}. */
    public SlackMessage awaitText(String channel, String fragment, Duration timeout) {
        String folded = SlackChat.folded(fragment);
        return awaitMessage(channel, message -> SlackChat.folded(message.plainText()).contains(folded), timeout);
    }

    /** The user's App Home once it matches, waiting at most {@code timeout}. */
    public HomeView awaitHome(String userId, Predicate<HomeView> match, Duration timeout) {
        return store.awaitHome(userId, match, timeout);
    }

    /** Stops the servers and their threads. */
    @Override
    public void close() {
        FakeSocketMode socket;
        synchronized (this) {
            closed = true;
            socket = socketMode;
        }
        if (socket != null) {
            socket.close();
        }
        server.close();
    }
}
