package io.crowdflow.faults.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A server the harness starts as an operating-system process (a start script that launches a JVM), with its
 * output in a log file. It can be stopped (SIGTERM to the JVM, as an operator would) or killed (SIGKILL to
 * the JVM: no shutdown hook, no clean-up, in-flight transactions cut off).
 */
abstract class ServerProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Path log;
    private Process script;

    ServerProcess(String name, Path log) {
        this.name = name;
        this.log = log;
        // never leave a server holding the shared ports behind when the test JVM ends early (Ctrl-C, a crash)
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (isRunning()) {
                jvm().ifPresent(ProcessHandle::destroyForcibly);
                script.destroyForcibly();
            }
        }, "stop-" + name));
    }

    /** The command line and environment of the start script. */
    abstract List<String> command();

    abstract Map<String, String> environment();

    /** A URL that answers 200 once the server is ready. */
    abstract String readyUrl();

    /** Called before each start (fresh directories, deployments). */
    void beforeStart() throws IOException {
    }

    /** Starts the process and waits until {@link #readyUrl()} answers 200, at most this long. */
    public void start(Duration bound) {
        if (isRunning()) {
            throw new IllegalStateException(name + " is already running");
        }
        if (answers200(readyUrl())) {
            throw new IllegalStateException("another server already answers at " + readyUrl() + ": its port is "
                    + "taken, so " + name + " cannot start (run the fault tests under flock /tmp/crowdflow-servers.lock)");
        }
        try {
            beforeStart();
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment());
            script = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
        long giveUp = System.nanoTime() + bound.toNanos();
        while (System.nanoTime() < giveUp) {
            if (!script.isAlive()) {
                throw new IllegalStateException(name + " exited with " + script.exitValue() + "; see " + log);
            }
            checkNotFailed();
            if (answers200(readyUrl())) {
                return;
            }
            sleep(1000);
        }
        throw new IllegalStateException(name + " not ready within " + bound + "; see " + log);
    }

    /** Throws when the server reports that it cannot become ready (e.g. a failed deployment). */
    void checkNotFailed() {
    }

    public boolean isRunning() {
        return script != null && script.isAlive();
    }

    /** SIGKILL to the JVM (kill -9), then waits for the start script to end. */
    public void kill() {
        jvm().ifPresent(ProcessHandle::destroyForcibly);
        awaitExit();
    }

    /** SIGTERM to the JVM (a graceful shutdown), then waits for the start script to end. */
    public void stop() {
        jvm().ifPresent(ProcessHandle::destroy);
        awaitExit();
    }

    /** The JVM the start script launched: its descendant whose command is java. */
    Optional<ProcessHandle> jvm() {
        if (script == null) {
            return Optional.empty();
        }
        return script.descendants().filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
                .findFirst().or(() -> script.isAlive() ? Optional.of(script.toHandle()) : Optional.empty());
    }

    public long pid() {
        return jvm().map(ProcessHandle::pid).orElse(-1L);
    }

    private void awaitExit() {
        if (script == null) {
            return;
        }
        try {
            if (!script.waitFor(90, TimeUnit.SECONDS)) {
                script.descendants().forEach(ProcessHandle::destroyForcibly);
                script.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (isRunning()) {
            stop();
        }
    }

    public Path log() {
        return log;
    }

    public String name() {
        return name;
    }

    static boolean answers200(String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
