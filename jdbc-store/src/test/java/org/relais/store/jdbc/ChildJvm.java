package org.relais.store.jdbc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A second JVM running {@link StoreChild} on the test's own class path, for what one process cannot
 * show: a crash ({@code kill -9}) and a database file held by another process. Every wait is bounded.
 */
final class ChildJvm implements AutoCloseable {
    private static final long WAIT_SECONDS = 30;
    private static final String END = "\u0000end of output";

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();

    private ChildJvm(Process process) {
        this.process = process;
        Thread reader = new Thread(this::readOutput, "child-jvm-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Surefire sets {@code java.class.path} to the test class path even when it forks through a manifest jar. */
    static ChildJvm start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:off", "-cp", System.getProperty("java.class.path"), StoreChild.class.getName()));
        command.addAll(List.of(args));
        return new ChildJvm(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    private void readOutput() {
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
            }
        } catch (IOException ignored) {
            // the process died: END tells the waiting test
        } finally {
            lines.add(END);
        }
    }

    /** Waits for the line {@code expected}; fails with everything the child printed if it never comes. */
    void awaitLine(String expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (true) {
            String line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null || line.equals(END)) {
                throw new AssertionError("the child JVM never printed '" + expected + "'"
                        + (line == null ? " within " + WAIT_SECONDS + " s" : " before ending") + "; it printed: " + seen);
            }
            seen.add(line);
            if (line.equals(expected)) {
                return;
            }
        }
    }

    /** SIGKILL on Linux: no shutdown hook, no H2 close, as in a crash. */
    void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("the child JVM survived destroyForcibly");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the child JVM to die", e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }
}
