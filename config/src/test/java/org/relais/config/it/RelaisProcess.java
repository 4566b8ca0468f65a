package org.relais.config.it;

import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The real {@code relais.jar} in a child JVM, with its standard input and output in the test's hands:
 * type a line, wait (boundedly) for a line of the answer, kill it with SIGKILL.
 */
final class RelaisProcess implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(60);

    private final Process process;
    private final Path stderr;
    private final Writer stdin;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> transcript = new ArrayList<>();

    private RelaisProcess(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
        this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    // French puts non-breaking spaces before colons; expectations use plain ones.
                    lines.add(line.replace('\u00a0', ' '));
                }
            } catch (IOException ignored) {
                // the process was killed
            }
        }, "relais-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    static Path jar() {
        String jar = System.getProperty("relais.jar");
        if (jar == null) {
            fail("system property relais.jar is not set: run these tests with failsafe (./mvnw verify)");
        }
        return Path.of(jar);
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Starts {@code java -jar relais.jar ARGS} in {@code dir}, with only {@code env} as RELAIS_ settings. */
    static RelaisProcess start(Path dir, Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", jar().toString()));
        command.addAll(List.of(args));
        Path stderr = dir.resolve("stderr-" + System.nanoTime() + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectError(stderr.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("RELAIS_"));
        builder.environment().putAll(env);
        return new RelaisProcess(builder.start(), stderr);
    }

    RelaisProcess type(String line) throws IOException {
        stdin.write(line + "\n");
        stdin.flush();
        return this;
    }

    /** Waits for a line matching {@code wanted}; fails with the transcript so far after {@link #WAIT}. */
    String await(Predicate<String> wanted, String what) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line != null) {
                transcript.add(line);
                if (wanted.test(line)) {
                    return line;
                }
            }
        }
        return fail("no line " + what + " within " + WAIT + "; transcript:\n" + String.join("\n", transcript));
    }

    String await(String fragment) throws InterruptedException {
        return await(line -> line.contains(fragment), "containing '" + fragment + "'");
    }

    /** SIGKILL: no shutdown hook, no flush, as a crash or {@code kill -9}. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    /** Closes standard input and waits for the exit status. */
    int finish() throws IOException, InterruptedException {
        stdin.close();
        if (!process.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("relais did not exit at end of input; transcript:\n" + String.join("\n", transcript));
        }
        String line;
        while ((line = lines.poll(200, TimeUnit.MILLISECONDS)) != null) {
            transcript.add(line);
        }
        return process.exitValue();
    }

    /** What it wrote on standard error so far (its logs), non-breaking spaces as spaces. */
    String stderr() throws IOException {
        return java.nio.file.Files.readString(stderr).replace('\u00a0', ' ');
    }

    /** SIGTERM, as a service manager stops a service; answers the exit status, or -1 if it is still running. */
    int terminate(Duration within) throws InterruptedException {
        process.destroy();
        return process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    List<String> transcript() {
        return transcript;
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
