package org.carbonmrv.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The embedded PostgreSQL's data directory ({@code <platform home>/data}) and the server that may
 * be running on it, as PostgreSQL's own {@code postmaster.pid} tells.
 */
public record DataDirectory(Path path) {

    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(60);

    public static DataDirectory of(Path platformHome) {
        return new DataDirectory(platformHome.resolve("data"));
    }

    public boolean initialised() {
        return Files.exists(path.resolve("PG_VERSION"));
    }

    /** The server running on this directory, if any: its process and port. */
    public Optional<RunningServer> runningServer() {
        Path pidFile = path.resolve("postmaster.pid");
        try {
            List<String> lines = Files.readAllLines(pidFile);
            long pid = Long.parseLong(lines.get(0).trim());
            int port = Integer.parseInt(lines.get(3).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(p -> new RunningServer(p, port));
        } catch (IOException | RuntimeException noServer) {
            return Optional.empty();
        }
    }

    /**
     * Shuts down a server that outlived its launcher ({@code kill -9} of {@code mrv up}): a fast
     * shutdown (SIGINT) rolls back open transactions, writes a checkpoint and frees the directory.
     */
    public void stopOrphanedServer() throws IOException {
        Optional<RunningServer> running = runningServer();
        if (running.isEmpty()) {
            return;
        }
        ProcessHandle server = running.get().process();
        System.out.println("a PostgreSQL server (pid " + server.pid() + ") is still running on " + path
                + " from an earlier start; shutting it down first");
        try {
            new ProcessBuilder("kill", "-INT", String.valueOf(server.pid()))
                    .inheritIO()
                    .start()
                    .waitFor();
            server.onExit().get(SHUTDOWN_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException stillRunning) {
            // reported below, as a server that did not stop
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (server.isAlive()) {
            throw new IOException("the PostgreSQL server (pid " + server.pid() + ") on " + path + " did not stop");
        }
    }

    /** Deletes the directory and everything in it. */
    public void delete() throws IOException {
        LocalFiles.deleteTree(path);
    }

    public record RunningServer(ProcessHandle process, int port) {}
}
