package org.relais.core.testing.loopback;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * Every call a fake answered and every error (or warning) it answered with, in order, for tests to inspect and wait
 * on; it also counts the 429 answers. Shared by the fakes, each with its own call and rejection records. Thread-safe.
 *
 * @param <C> the fake's record of a call
 * @param <R> the fake's record of an error answer
 */
public final class CallLog<C, R> {

    private static final int TOO_MANY_REQUESTS = 429;

    private final ToIntFunction<R> status;
    private final Function<C, String> describe;
    private final List<C> calls = new ArrayList<>();
    private final List<R> rejections = new ArrayList<>();
    private int tooManyRequests;

    /**
     * @param status the HTTP status a rejection was answered with (429s are counted)
     * @param describe a call as a failed {@link #await} lists it, such as its method
     */
    public CallLog(ToIntFunction<R> status, Function<C, String> describe) {
        this.status = status;
        this.describe = describe;
    }

    /** Records a call and, if it was refused (or warned), its rejection; null otherwise. Wakes the waiters. */
    public synchronized void record(C call, R rejection) {
        calls.add(call);
        if (rejection != null) {
            rejections.add(rejection);
            if (status.applyAsInt(rejection) == TOO_MANY_REQUESTS) {
                tooManyRequests++;
            }
        }
        notifyAll();
    }

    /** Every call so far, in the order they were recorded. */
    public synchronized List<C> calls() {
        return List.copyOf(calls);
    }

    /** Every rejection so far, in order. */
    public synchronized List<R> rejections() {
        return List.copyOf(rejections);
    }

    /** How many rejections were a 429. */
    public synchronized int tooManyRequests() {
        return tooManyRequests;
    }

    /**
     * The first call (already recorded or to come) that matches, waiting at most {@code timeout}.
     *
     * @throws AssertionError listing the calls if none matches in time
     */
    public C await(Predicate<C> match, Duration timeout) {
        return await(0, match, timeout);
    }

    /** The same among the calls from index {@code from} (in {@link #calls()}) on. */
    public C await(int from, Predicate<C> match, Duration timeout) {
        return Waits.until(this, () -> calls.stream().skip(from).filter(match).findFirst().orElse(null), timeout,
                () -> "no matching call within " + timeout + "; calls: " + calls.stream().map(describe).toList());
    }
}
