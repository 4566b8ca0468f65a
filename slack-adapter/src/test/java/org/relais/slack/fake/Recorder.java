package org.relais.slack.fake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Every call and every error or warning answered, for the tests to inspect and wait on. */
final class Recorder {

    private final List<Call> calls = new ArrayList<>();
    private final List<Rejection> rejections = new ArrayList<>();
    private int tooManyRequests;

    synchronized void record(Call call, Rejection rejection) {
        calls.add(call);
        if (rejection != null) {
            rejections.add(rejection);
            if (rejection.status() == 429) {
                tooManyRequests++;
            }
        }
        notifyAll();
    }

    synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    synchronized List<Rejection> rejections() {
        return List.copyOf(rejections);
    }

    synchronized int tooManyRequests() {
        return tooManyRequests;
    }

    /** The first call from index {@code from} on that matches, waiting at most {@code timeout}. */
    Call await(int from, Predicate<Call> match, Duration timeout) {
        return Waits.until(this, () -> calls.stream().skip(from).filter(match).findFirst().orElse(null), timeout,
                () -> "no matching call within " + timeout + "; calls: "
                        + calls.stream().map(call -> call.method() + (call.ok() ? "" : " (" + call.error() + ")"))
                                .toList());
    }
}
