package org.relais.telegram.send;

import java.io.Serializable;
import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.relais.telegram.TelegramApi;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * A Bot API without a network: records each call's chat, text, start and end, and answers from a
 * script per chat (then success). Answers are parsed from Telegram's own JSON by the method's
 * {@code deserializeResponse}, exactly as TelegramBots' client does, so errors are the real type.
 */
final class ScriptedApi implements TelegramApi {

    /** One call as Telegram saw it; {@code delivered} when it was answered with success. */
    record Call(String chatId, String text, long startNanos, long endNanos, boolean delivered) {}

    /** What Telegram does with one call: return normally to succeed, or throw. */
    @FunctionalInterface
    interface Answer {
        void apply(BotApiMethod<?> method) throws TelegramApiException;
    }

    static {
        // Jackson builds its Message deserializer on first use (a few hundred ms): not the sender's time.
        try {
            message("1", "warm-up").deserializeResponse(success("1", 1));
        } catch (TelegramApiRequestException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Map<String, Deque<Answer>> scripts = new ConcurrentHashMap<>();
    private final List<Call> calls = new ArrayList<>();
    private final Map<String, AtomicInteger> inFlightPerChat = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final AtomicInteger maxInFlightOneChat = new AtomicInteger();
    private final AtomicInteger messageIds = new AtomicInteger(100);
    private volatile Duration delay = Duration.ZERO;

    static SendMessage message(String chatId, String text) {
        return SendMessage.builder().chatId(chatId).text(text).build();
    }

    /** The next calls to {@code chatId} get these answers, in order; later ones succeed. */
    ScriptedApi script(String chatId, Answer... answers) {
        scripts.computeIfAbsent(chatId, id -> new ArrayDeque<>()).addAll(Arrays.asList(answers));
        return this;
    }

    /** Every successful call takes this long (a slow network). */
    ScriptedApi delay(Duration delay) {
        this.delay = delay;
        return this;
    }

    /** The sender's tests script messages only. */
    @Override
    public Message sendPhoto(SendPhoto photo) {
        throw new UnsupportedOperationException("ScriptedApi scripts sendMessage only");
    }

    @Override
    public <T extends Serializable> T call(BotApiMethod<T> method) throws TelegramApiException {
        SendMessage message = (SendMessage) method;
        String chatId = message.getChatId();
        long start = System.nanoTime();
        AtomicInteger chatInFlight = inFlightPerChat.computeIfAbsent(chatId, id -> new AtomicInteger());
        maxInFlightOneChat.accumulateAndGet(chatInFlight.incrementAndGet(), Math::max);
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        boolean delivered = false;
        try {
            Deque<Answer> script = scripts.get(chatId);
            Answer answer = script == null ? null : script.pollFirst();
            if (answer != null) {
                answer.apply(method);
            }
            pause(delay);
            T result = method.deserializeResponse(success(chatId, messageIds.incrementAndGet()));
            delivered = true;
            return result;
        } finally {
            chatInFlight.decrementAndGet();
            inFlight.decrementAndGet();
            synchronized (calls) {
                calls.add(new Call(chatId, message.getText(), start, System.nanoTime(), delivered));
            }
        }
    }

    private static String success(String chatId, int messageId) {
        return "{\"ok\":true,\"result\":{\"message_id\":" + messageId + ",\"date\":1700000000,\"chat\":{\"id\":"
                + chatId + ",\"type\":\"private\"}}}";
    }

    // --- answers -----------------------------------------------------------------------------

    /** Telegram's error answer, turned into an exception the way the library does it. */
    static Answer error(int code, String description) {
        return method -> {
            throw parsed(method, "{\"ok\":false,\"error_code\":" + code + ",\"description\":\"" + description + "\"}");
        };
    }

    static Answer tooManyRequests(int retryAfter) {
        return method -> {
            throw parsed(method, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after "
                    + retryAfter + "\",\"parameters\":{\"retry_after\":" + retryAfter + "}}");
        };
    }

    /** What the client throws when the connection fails: no error code. */
    static Answer connectionRefused() {
        return method -> {
            throw new TelegramApiException("Unable to execute " + method.getMethod() + " method",
                    new ConnectException("Connection refused"));
        };
    }

    /** Holds the call until {@code gate} opens (or the worker is interrupted), then succeeds. */
    static Answer waitFor(CountDownLatch gate) {
        return method -> {
            try {
                if (!gate.await(10, TimeUnit.SECONDS)) {
                    throw new AssertionError("the test never opened the gate");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TelegramApiException("interrupted", e);
            }
        };
    }

    /** Holds the call until {@code gate} opens, whatever interrupts it: a call stuck in a socket read. */
    static Answer waitIgnoringInterrupts(CountDownLatch gate) {
        return method -> {
            boolean interrupted = false;
            while (gate.getCount() > 0) {
                try {
                    gate.await();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        };
    }

    static Answer then(Answer first, Answer second) {
        return method -> {
            first.apply(method);
            second.apply(method);
        };
    }

    /** Telegram's answer {@code json} to {@code method}, as the exception the library makes of it. */
    static TelegramApiRequestException parsed(BotApiMethod<?> method, String json) {
        try {
            method.deserializeResponse(json);
        } catch (TelegramApiRequestException e) {
            return e;
        }
        throw new AssertionError("the library did not turn " + json + " into an exception");
    }

    private static void pause(Duration duration) {
        if (!duration.isZero()) {
            try {
                Thread.sleep(duration.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    // --- what happened -----------------------------------------------------------------------

    List<Call> calls() {
        synchronized (calls) {
            return calls.stream().sorted((a, b) -> Long.signum(a.startNanos() - b.startNanos())).collect(Collectors.toList());
        }
    }

    List<Call> callsTo(String chatId) {
        return calls().stream().filter(call -> call.chatId().equals(chatId)).collect(Collectors.toList());
    }

    /** Milliseconds from the first recorded start to each call's start, in order. */
    static List<Long> startsMillis(List<Call> calls) {
        long first = calls.get(0).startNanos();
        return calls.stream().map(call -> (call.startNanos() - first) / 1_000_000).collect(Collectors.toList());
    }

    int maxInFlight() {
        return maxInFlight.get();
    }

    int maxInFlightOneChat() {
        return maxInFlightOneChat.get();
    }
}
