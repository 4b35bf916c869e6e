package org.carbonmrv.launcher;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** {@code mrv backup FILE}, {@code mrv restore FILE} and {@code mrv reset}: the embedded default's data. */
final class DataCommands {

    private DataCommands() {}

    /** Runs one command; answers the process exit code. */
    static int run(String[] args) throws Exception {
        String command = args[0];
        String external = System.getenv("MRV_DB_URL");
        if (external != null && !external.isBlank()) {
            System.err.println(
                    "MRV_DB_URL names your own PostgreSQL (" + external + "): back it up and restore it with its "
                            + "own tools (pg_dump, pg_basebackup); ./mrv " + command + " is for the embedded default");
            return 2;
        }
        Path platformHome = Database.platformHome(Platform.findHome());
        DataDirectory data = DataDirectory.of(platformHome);
        Backup backup = new Backup(data);
        try {
            switch (command) {
                case "backup" -> {
                    Path file = fileArgument(args);
                    backup.backupTo(file);
                    System.out.println("backed up " + data.path() + " to " + file.toAbsolutePath());
                }
                case "restore" -> {
                    long events = backup.restoreFrom(fileArgument(args));
                    System.out.println("restored " + data.path() + ": " + events
                            + " events in the event store; ./mrv up to start");
                }
                case "reset" -> {
                    return reset(data, args.length > 1 && args[1].equals("--yes"));
                }
                default -> throw new IllegalArgumentException(command);
            }
            return 0;
        } catch (IllegalStateException | IllegalArgumentException refused) {
            System.err.println(refused.getMessage());
            return 2;
        }
    }

    private static int reset(DataDirectory data, boolean confirmed) throws Exception {
        if (data.runningServer().isPresent()) {
            throw new IllegalStateException("the platform is running: ./mrv down first");
        }
        if (!confirmed) {
            System.out.print("This deletes every project, reading, report and credit in " + data.path()
                    + ".\nType 'reset' to go on: ");
            String answer = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (!"reset".equals(answer == null ? null : answer.trim())) {
                System.out.println("nothing deleted");
                return 1;
            }
        }
        data.delete();
        System.out.println("deleted " + data.path() + "; the next ./mrv up starts empty");
        return 0;
    }

    private static Path fileArgument(String[] args) {
        if (args.length < 2 || args[1].isBlank()) {
            throw new IllegalArgumentException("usage: ./mrv " + args[0] + " FILE");
        }
        return Path.of(args[1]);
    }
}
