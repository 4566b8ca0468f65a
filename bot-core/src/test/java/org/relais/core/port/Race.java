package org.relais.core.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Starts tasks on their own threads at the same moment and waits for them all, never forever. */
final class Race {

    /** What one racer ended with: a value, or what it threw. */
    record Outcome<T>(T value, Throwable error) {
        /** The value; a racer that threw fails the test with its exception as the cause. */
        @Override
        public T value() {
            if (error != null) {
                throw new AssertionError("a racer failed: " + error, error);
            }
            return value;
        }
    }

    private Race() {}

    static <T> List<Outcome<T>> all(List<Callable<T>> racers) throws InterruptedException {
        ExecutorService threads = Executors.newFixedThreadPool(racers.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> racer : racers) {
                futures.add(threads.submit(() -> {
                    if (!start.await(StoreFixture.WAIT_SECONDS, TimeUnit.SECONDS)) {
                        throw new AssertionError("the race never started");
                    }
                    return racer.call();
                }));
            }
            start.countDown();
            List<Outcome<T>> outcomes = new ArrayList<>();
            for (Future<T> future : futures) {
                outcomes.add(outcomeOf(future));
            }
            return outcomes;
        } finally {
            threads.shutdownNow();
        }
    }

    /** Asserts that one racer won and every other lost with a conflict; answers the winner. */
    static <T> Outcome<T> onlyWinner(List<Outcome<T>> outcomes) {
        List<Outcome<T>> winners = outcomes.stream().filter(o -> o.error() == null).toList();
        assertThat(winners).as("racers that committed").hasSize(1);
        outcomes.stream().filter(o -> o.error() != null)
                .forEach(o -> assertThat(o.error()).as("what the loser threw").isInstanceOf(StoreConflictException.class));
        return winners.get(0);
    }

    private static <T> Outcome<T> outcomeOf(Future<T> future) throws InterruptedException {
        try {
            return new Outcome<>(future.get(StoreFixture.WAIT_SECONDS, TimeUnit.SECONDS), null);
        } catch (ExecutionException e) {
            return new Outcome<>(null, e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("a racer did not finish within " + StoreFixture.WAIT_SECONDS + " s", e);
        }
    }
}
