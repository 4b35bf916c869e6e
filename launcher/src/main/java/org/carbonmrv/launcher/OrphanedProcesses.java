package org.carbonmrv.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The services and Keycloak of an earlier {@code mrv up} whose launcher was killed ({@code kill -9})
 * keep running and hold the ports; the next start stops them first, from the process ids that
 * start wrote down.
 */
final class OrphanedProcesses {

    private OrphanedProcesses() {}

    static void stop(Path pidFile) throws IOException {
        if (!Files.exists(pidFile)) {
            return;
        }
        List<ProcessHandle> left = Files.readAllLines(pidFile).stream()
                .map(String::trim)
                .filter(line -> line.matches("\\d+"))
                .map(Long::parseLong)
                .filter(pid -> pid != ProcessHandle.current().pid())
                .map(ProcessHandle::of)
                .flatMap(Optional::stream)
                .filter(OrphanedProcesses::ours)
                .toList();
        for (ProcessHandle process : left) {
            System.out.println("stopping " + process.info().command().orElse("process") + " (pid " + process.pid()
                    + ") left running by an earlier start");
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
        }
        for (ProcessHandle process : left) {
            try {
                process.onExit().get(20, TimeUnit.SECONDS);
            } catch (Exception notYet) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        }
        Files.delete(pidFile);
    }

    /** A recycled process id may name someone else's process: only Java and shell processes are ours. */
    private static boolean ours(ProcessHandle process) {
        String command = process.info().command().orElse("");
        return process.isAlive() && (command.endsWith("java") || command.endsWith("bash") || command.endsWith("sh"));
    }
}
