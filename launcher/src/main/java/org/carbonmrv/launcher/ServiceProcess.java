package org.carbonmrv.launcher;

import org.awaitility.core.ConditionTimeoutException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/** A started child process with its log file and the URL that answers 200 when it is ready. */
final class ServiceProcess {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Process process;
    private final Path log;
    private final String healthUrl;
    private final ProcessBuilder builder;

    private ServiceProcess(String name, Process process, Path log, String healthUrl, ProcessBuilder builder) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.healthUrl = healthUrl;
        this.builder = builder;
    }

    static ServiceProcess start(String name, List<String> command, Map<String, String> env, Path logs, String healthUrl)
            throws IOException {
        Files.createDirectories(logs);
        Path log = logs.resolve(name + ".log");
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        return new ServiceProcess(name, builder.start(), log, healthUrl, builder);
    }

    /** The same service started again, its output appended to the same log. */
    ServiceProcess startAgain() throws IOException {
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        return new ServiceProcess(name, builder.start(), log, healthUrl, builder);
    }

    String name() {
        return name;
    }

    long pid() {
        return process.pid();
    }

    void awaitReady(Duration timeout) {
        try {
            await(name + " ready")
                    .atMost(timeout)
                    .pollInterval(Duration.ofMillis(500))
                    .until(this::ready);
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException(name + " was not ready within " + timeout.toSeconds() + " s; see " + log);
        }
    }

    /** Whether the health check answers 200; a process that has exited fails the wait at once. */
    private boolean ready() throws InterruptedException {
        if (!process.isAlive()) {
            throw new IllegalStateException(name + " exited with code " + process.exitValue() + "; see " + log
                    + ", which ends:\n" + lastLines(40));
        }
        try {
            HttpResponse<Void> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(healthUrl))
                            .timeout(Duration.ofSeconds(2))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException notYet) {
            return false; // still starting
        }
    }

    /** The end of the log, where a failed start says why (in CI only the exception's message is kept). */
    private String lastLines(int count) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
        } catch (IOException | UncheckedIOException unreadable) {
            return "(the log cannot be read: " + unreadable.getMessage() + ")";
        }
    }

    /** As {@code kill -9}: no shutdown hook, nothing flushed. */
    void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void stop() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
