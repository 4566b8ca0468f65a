package org.relais.core.send;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A platform without a network, for the paced sender's own tests: each call records its lane, its
 * text, its start and end, and answers from a script per lane (then success). Refusals are the
 * platform's own exception, with an error code; the platform's {@link Judge} reads them, as a real
 * adapter's does, so the sender is tested through its public API alone.
 */
final class ScriptedPlatform implements Judge {

    /** One attempt as the platform saw it; {@code delivered} when it was answered with success. */
    record Attempt(String lane, String text, long startNanos, long endNanos, boolean delivered) {}

    /** What the platform does with one attempt: return normally to succeed, or throw. */
    @FunctionalInterface
    interface Answer {
        void apply() throws Exception;
    }

    /** The platform's refusal: an error code, and for a 429 the wait it asks for. */
    static final class Refusal extends Exception {

        private static final long serialVersionUID = 1L;

        final int code;
        final Duration retryAfter;

        Refusal(int code, Duration retryAfter) {
            super("refused with " + code);
            this.code = code;
            this.retryAfter = retryAfter;
        }
    }

    private final Map<String, Deque<Answer>> scripts = new ConcurrentHashMap<>();
    private final List<Attempt> attempts = new ArrayList<>();

    /** The next attempts in {@code lane} get these answers, in order; later ones succeed. */
    ScriptedPlatform script(String lane, Answer... answers) {
        scripts.computeIfAbsent(lane, key -> new ArrayDeque<>()).addAll(Arrays.asList(answers));
        return this;
    }

    /** A message to {@code lane}; it answers "sent " + text. The same object is made again on a retry. */
    Call<String> call(String lane, String text) {
        return () -> {
            long start = System.nanoTime();
            boolean delivered = false;
            try {
                Deque<Answer> script = scripts.get(lane);
                Answer answer = script == null ? null : script.pollFirst();
                if (answer != null) {
                    answer.apply();
                }
                delivered = true;
                return "sent " + text;
            } finally {
                synchronized (attempts) {
                    attempts.add(new Attempt(lane, text, start, System.nanoTime(), delivered));
                }
            }
        };
    }

    // --- the platform's judge -------------------------------------------------------------------

    @Override
    public Verdict judge(Throwable failure) {
        if (!(failure instanceof Refusal refusal)) {
            String reason = failure.getClass().getSimpleName();
            return failure instanceof IOException ? Verdict.retry(failure, reason, "") : Verdict.rejected(failure, reason, "");
        }
        String reason = "error " + refusal.code;
        String description = "scripted " + refusal.code;
        if (refusal.code == 429) {
            return Verdict.flood(refusal, refusal.retryAfter, reason, description);
        }
        if (refusal.code == 403) {
            return Verdict.blocked(refusal, reason, description);
        }
        return refusal.code >= 500 ? Verdict.retry(refusal, reason, description) : Verdict.rejected(refusal, reason, description);
    }

    // --- answers -----------------------------------------------------------------------------------

    static Answer refuse(int code) {
        return () -> {
            throw new Refusal(code, Duration.ZERO);
        };
    }

    static Answer tooManyRequests(Duration retryAfter) {
        return () -> {
            throw new Refusal(429, retryAfter);
        };
    }

    /** What a client throws when the connection fails: no error code. */
    static Answer connectionRefused() {
        return () -> {
            throw new IOException("Connection refused");
        };
    }

    /** Holds the attempt until {@code gate} opens, whatever interrupts it: a call stuck in a socket read. */
    static Answer waitIgnoringInterrupts(CountDownLatch gate) {
        return () -> {
            boolean interrupted = false;
            while (gate.getCount() > 0) {
                try {
                    gate.await(10, TimeUnit.SECONDS);
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
        return () -> {
            first.apply();
            second.apply();
        };
    }

    // --- what happened -----------------------------------------------------------------------------

    /** Every attempt, in the order they started. */
    List<Attempt> attempts() {
        List<Attempt> started;
        synchronized (attempts) {
            started = new ArrayList<>(attempts);
        }
        started.sort(Comparator.comparingLong(Attempt::startNanos));
        return started;
    }

    List<Attempt> attemptsIn(String lane) {
        return attempts().stream().filter(attempt -> attempt.lane().equals(lane)).collect(Collectors.toList());
    }

    /** Milliseconds from the lane's first start to each of its attempts' starts, in order. */
    List<Long> startsMillisIn(String lane) {
        List<Attempt> inLane = attemptsIn(lane);
        long first = inLane.get(0).startNanos();
        return inLane.stream().map(attempt -> (attempt.startNanos() - first) / 1_000_000).collect(Collectors.toList());
    }
}
