package org.relais.telegram;

import com.sun.net.httpserver.HttpHandler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.relais.core.chat.ConversationKey;
import org.relais.core.chat.Event;
import org.relais.core.chat.Origin;
import org.relais.core.engine.Engine;
import org.relais.core.platform.Platform;
import org.relais.core.platform.PlatformStatus;
import org.relais.core.port.Messenger;
import org.relais.core.receive.PersonQueues;
import org.relais.telegram.inbound.LongPoller;
import org.relais.telegram.inbound.UpdateHandler;
import org.relais.telegram.inbound.UpdateTranslator;
import org.relais.telegram.inbound.WebhookHandler;
import org.relais.telegram.inbound.WebhookHealth;
import org.relais.telegram.outbound.Responder;
import org.relais.telegram.outbound.TelegramMessenger;
import org.relais.telegram.send.Destination;
import org.relais.telegram.send.FloodLimits;
import org.relais.telegram.send.TelegramSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * The whole bot on Telegram: checks the token (getMe), registers the command menus, then receives
 * updates by long polling or, when a webhook URL is set, by webhook; both feed one {@link
 * UpdateHandler}. In webhook mode the endpoint is mounted before Telegram is told about it, so the
 * first update finds it. Closing stops receiving, lets the update in hand finish and the queued
 * messages drain, and ends every thread it started.
 */
public final class TelegramBot implements Platform {
    private static final Logger LOG = LoggerFactory.getLogger(TelegramBot.class);
    private static final int POLL_SECONDS = 25;

    private final OkHttpTelegramApi calls;
    private final OkHttpTelegramApi polls;
    private final TelegramSender sender;
    private final UpdateHandler handler;
    private final TelegramSettings settings;
    private final TelegramMessenger messenger;
    private final CoordinatorMenus menus;
    private LongPoller poller;
    private WebhookHealth webhookHealth;
    private volatile boolean connected = true;
    private volatile String detail = "";

    private TelegramBot(TelegramSettings settings, Engine engine, FloodLimits limits, OkHttpTelegramApi calls,
            OkHttpTelegramApi polls, String username) {
        this.settings = settings;
        this.calls = calls;
        this.polls = polls;
        this.sender = new TelegramSender(calls, limits, to -> blocked(engine, to));
        Responder responder = new Responder(sender, username);
        this.messenger = new TelegramMessenger(sender, username, settings.paidBroadcast());
        this.menus = new CoordinatorMenus(calls, engine::coordinators, engine.defaultLanguage());
        this.handler = new UpdateHandler(new UpdateTranslator(username), engine, responder,
                new PersonQueues("telegram", TelegramSender.DEFAULT_DRAIN), menus::sync);
    }

    /** Long polling only: fails on settings with a webhook URL, which needs somewhere to mount it. */
    public static TelegramBot start(TelegramSettings settings, Engine engine, FloodLimits limits) {
        return start(settings, engine, limits, (path, endpoint) -> {
            throw new IllegalStateException("a webhook needs an HTTP server to mount " + path);
        });
    }

    /**
     * @param mount adds a route to the running HTTP server, in webhook mode, before the webhook is set
     * @throws TelegramStartException when Telegram refuses the token or cannot be reached; the
     *     message names the setting to check, never the token
     */
    public static TelegramBot start(TelegramSettings settings, Engine engine, FloodLimits limits,
            BiConsumer<String, HttpHandler> mount) {
        OkHttpTelegramApi calls = new OkHttpTelegramApi(settings.token(), settings.apiUrl(), Duration.ofSeconds(30));
        OkHttpTelegramApi polls = new OkHttpTelegramApi(settings.token(), settings.apiUrl(), Duration.ofSeconds(POLL_SECONDS + 15));
        String username;
        try {
            username = username(calls);
        } catch (TelegramStartException e) {
            calls.close();
            polls.close();
            throw e;
        }
        TelegramBot bot = new TelegramBot(settings, engine, limits, calls, polls, username);
        try {
            bot.begin(engine, mount);
        } catch (TelegramStartException e) {
            bot.close();
            throw e;
        }
        LOG.info("Telegram: @{} ready ({})", username, settings.webhookUrl().isPresent() ? "webhook" : "long-polling");
        return bot;
    }

    private void begin(Engine engine, BiConsumer<String, HttpHandler> mount) {
        try {
            CommandMenu.register(calls, engine.defaultLanguage());
        } catch (TelegramApiException e) {
            LOG.warn("the command menus could not be set ({}); the commands still work", e.getClass().getSimpleName());
        }
        menus.sync();
        if (settings.webhookUrl().isPresent()) {
            mount.accept(WebhookHandler.PATH, new WebhookHandler(settings.webhookSecret().orElseThrow(), handler::handle));
            setWebhook();
            webhookHealth = new WebhookHealth(calls, settings.webhookUrl().get().toString(), Clock.systemUTC());
        } else {
            deleteWebhook();
            poller = new LongPoller(polls, handler, POLL_SECONDS, polls::cancelCalls, this::connected);
            poller.start();
        }
    }

    /** Long polling reports its last getUpdates; a webhook, what Telegram says of its deliveries. */
    @Override
    public PlatformStatus status() {
        if (webhookHealth != null) {
            WebhookHealth.Reading reading = webhookHealth.read();
            return new PlatformStatus("telegram", "webhook", reading.connected(), reading.detail());
        }
        return new PlatformStatus("telegram", "long-polling", connected, detail);
    }

    @Override
    public Messenger messenger() {
        return messenger;
    }

    private void connected(boolean ok) {
        connected = ok;
        detail = ok ? "" : "getUpdates failed";
    }

    private static String username(OkHttpTelegramApi calls) {
        try {
            return calls.call(new GetMe()).getUserName();
        } catch (TelegramApiRequestException e) {
            throw new TelegramStartException(e.getErrorCode() != null && e.getErrorCode() == 401
                    ? "Telegram refused the token (401 Unauthorized): check RELAIS_TELEGRAM_TOKEN"
                    : "Telegram answered getMe with error " + e.getErrorCode() + ": check RELAIS_TELEGRAM_TOKEN");
        } catch (TelegramApiException e) {
            throw new TelegramStartException("Telegram cannot be reached (" + e.getClass().getSimpleName()
                    + "): check RELAIS_TELEGRAM_API_URL and the network");
        }
    }

    private void setWebhook() {
        try {
            calls.setWebhook(SetWebhook.builder().url(settings.webhookUrl().orElseThrow().toString())
                    .secretToken(settings.webhookSecret().orElseThrow()).allowedUpdates(LongPoller.UPDATES).build());
        } catch (TelegramApiRequestException e) {
            throw new TelegramStartException("Telegram refused the webhook (" + e.getApiResponse()
                    + "): check RELAIS_TELEGRAM_WEBHOOK_URL");
        } catch (TelegramApiException e) {
            throw new TelegramStartException("Telegram cannot be reached to set the webhook (" + e.getClass().getSimpleName()
                    + "): check RELAIS_TELEGRAM_API_URL and the network");
        }
    }

    private void deleteWebhook() {
        try {
            calls.call(DeleteWebhook.builder().dropPendingUpdates(false).build());
        } catch (TelegramApiException e) {
            LOG.warn("deleteWebhook failed ({}); long polling may be refused", e.getClass().getSimpleName());
        }
    }

    /**
     * Telegram refused a message for good (403: blocked, removed from the group): recorded as the
     * chat's state ("blocked": our messages are refused), through the engine like any news.
     */
    private static void blocked(Engine engine, Destination to) {
        String chatId = to.chatId();
        Origin origin = new Origin(new ConversationKey(UpdateTranslator.PLATFORM, chatId), chatId, Optional.empty(),
                "blocked-" + chatId + "-" + Instant.now().toEpochMilli());
        String type = switch (to.kind()) {
            case PRIVATE -> "private";
            case CHANNEL -> "channel";
            case GROUP -> "supergroup";
        };
        engine.handle(new Event.Membership(origin, type, "", "blocked"));
    }

    /**
     * Polling first (no new updates), then the updates in hand are handled (bounded), then the queued
     * messages drain, then the connections close.
     */
    @Override
    public void close() {
        if (poller != null) {
            try {
                poller.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        handler.close();
        sender.close();
        calls.close();
        polls.close();
    }
}
