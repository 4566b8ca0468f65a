package org.relais.telegram.fake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Every call and every error answer, for the tests to inspect and wait on. */
final class Recorder {

    private final List<Call> calls = new ArrayList<>();
    private final List<Rejection> rejections = new ArrayList<>();
    private int tooManyRequests;

    /** Records a call; {@code error} is the error it was answered with, or null. */
    void record(Call call, ApiError error) {
        synchronized (this) {
            calls.add(call);
            if (error != null) {
                rejections.add(new Rejection(call.method(), error.code, error.description(), call.params(),
                        error.kind, call.time()));
                if (error.code == 429) {
                    tooManyRequests++;
                }
            }
            notifyAll();
        }
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

    Call await(Predicate<Call> match, Duration timeout) {
        return Waits.until(this, () -> calls.stream().filter(match).findFirst().orElse(null), timeout,
                () -> "no matching call within " + timeout + "; calls: "
                        + calls.stream().map(Call::method).toList());
    }
}
