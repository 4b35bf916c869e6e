package org.carbonmrv.launcher;

import org.carbonmrv.audit.checkpoint.CheckpointKey;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * {@code mrv backup FILE} and {@code mrv restore FILE}: a physical copy of the embedded
 * PostgreSQL's data directory, taken online with PostgreSQL's non-exclusive backup (the platform
 * may keep running), with the write-ahead log of the copy's duration and the backup label, so the
 * restored directory recovers to the moment the backup ended. The embedded binaries carry no
 * {@code pg_dump}; this needs nothing but the JDBC driver.
 */
public final class Backup {

    /** Left out as pg_basebackup leaves them out: the server's own run files, and contents rebuilt at start. */
    private static final Set<String> SKIPPED_FILES =
            Set.of("postmaster.pid", "postmaster.opts", "epg-lock", "backup_label", "tablespace_map");

    private static final Set<String> EMPTIED_DIRECTORIES = Set.of(
            "pg_wal",
            "pg_replslot",
            "pg_stat_tmp",
            "pg_dynshmem",
            "pg_notify",
            "pg_serial",
            "pg_snapshots",
            "pg_subtrans");

    /** Where a backup keeps the checkpoint signing key, beside PostgreSQL's files. */
    static final String AUDIT_KEY_FOLDER = "mrv-audit-key";

    private final DataDirectory data;

    public Backup(DataDirectory data) {
        this.data = data;
    }

    /** Writes the backup to {@code file}; starts the embedded server for the copy when the platform is down. */
    public void backupTo(Path file) throws IOException, SQLException {
        if (!data.initialised()) {
            throw new IllegalStateException(
                    "nothing to back up: " + data.path() + " holds no database yet (./mrv up creates it)");
        }
        var running = data.runningServer();
        if (running.isPresent()) {
            copy(running.get().port(), file);
            return;
        }
        try (Database ignored = Database.embedded(data, freePort())) {
            copy(data.runningServer().orElseThrow().port(), file);
        }
    }

    private void copy(int port, Path file) throws IOException, SQLException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (Connection c = DriverManager.getConnection(
                        "jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
                Statement sql = c.createStatement();
                ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
            boolean since15 = serverVersion(sql) >= 150000;
            sql.execute(
                    since15
                            ? "SELECT pg_backup_start('mrv backup', true)"
                            : "SELECT pg_start_backup('mrv backup', true, false)");
            copyDataFiles(zip);
            String label;
            try (ResultSet rs = sql.executeQuery(
                    since15
                            ? "SELECT labelfile FROM pg_backup_stop(true)"
                            : "SELECT labelfile FROM pg_stop_backup(false, true)")) {
                rs.next();
                label = rs.getString(1);
            }
            // after the stop: the log from the backup's start to its end is complete in pg_wal now
            copyTree(zip, data.path().resolve("pg_wal"));
            zip.putNextEntry(new ZipEntry("backup_label"));
            zip.write(label.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            // the checkpoint signing key belongs with the history it signs
            Path key = AuditKey.file(data.path().getParent());
            for (Path part : new Path[] {key, CheckpointKey.publicKeyFile(key)}) {
                if (Files.exists(part)) {
                    zip.putNextEntry(new ZipEntry(AUDIT_KEY_FOLDER + "/" + part.getFileName()));
                    zip.write(Files.readAllBytes(part));
                    zip.closeEntry();
                }
            }
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static int serverVersion(Statement sql) throws SQLException {
        try (ResultSet rs = sql.executeQuery("SHOW server_version_num")) {
            rs.next();
            return Integer.parseInt(rs.getString(1));
        }
    }

    private void copyDataFiles(ZipOutputStream zip) throws IOException {
        Path root = data.path();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path relative = root.relativize(p);
                if (relative.toString().isEmpty()) {
                    continue;
                }
                boolean insideEmptied = relative.getNameCount() > 1
                        && EMPTIED_DIRECTORIES.contains(relative.getName(0).toString());
                if (insideEmptied || (relative.getNameCount() == 1 && SKIPPED_FILES.contains(relative.toString()))) {
                    continue;
                }
                add(zip, root, p);
            }
        }
    }

    private void copyTree(ZipOutputStream zip, Path directory) throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (!p.equals(directory)) {
                    add(zip, data.path(), p);
                }
            }
        }
    }

    private static void add(ZipOutputStream zip, Path root, Path p) throws IOException {
        String name = root.relativize(p).toString().replace('\\', '/');
        if (Files.isDirectory(p)) {
            zip.putNextEntry(new ZipEntry(name + "/"));
            zip.closeEntry();
            return;
        }
        try (InputStream in = Files.newInputStream(p)) {
            zip.putNextEntry(new ZipEntry(name));
            in.transferTo(zip);
            zip.closeEntry();
        } catch (NoSuchFileException goneMeanwhile) {
            // a temporary file the server removed during the copy; the log replays what matters
        }
    }

    /**
     * Replaces the data directory with the backup's. The platform must be down. The directory it
     * replaces is kept beside it, never deleted; the restored one is started once to check that
     * it recovers, and the number of stored events is returned.
     */
    public long restoreFrom(Path file) throws IOException, SQLException {
        if (data.runningServer().isPresent()) {
            throw new IllegalStateException("the platform is running on " + data.path() + ": ./mrv down first");
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("no backup file " + file);
        }
        Path restoring = data.path().resolveSibling(data.path().getFileName() + ".restoring");
        LocalFiles.deleteTree(restoring);
        try (InputStream in = Files.newInputStream(file)) {
            LocalFiles.unzip(in, restoring);
        }
        if (!Files.exists(restoring.resolve("PG_VERSION")) || !Files.exists(restoring.resolve("backup_label"))) {
            LocalFiles.deleteTree(restoring);
            throw new IllegalStateException(file + " is not a backup written by ./mrv backup");
        }
        Files.setPosixFilePermissions(restoring, PosixFilePermissions.fromString("rwx------"));
        restoreAuditKey(restoring.resolve(AUDIT_KEY_FOLDER));
        if (Files.exists(data.path())) {
            Path kept = data.path()
                    .resolveSibling(data.path().getFileName() + ".before-restore-"
                            + DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                                    .withZone(ZoneOffset.UTC)
                                    .format(Instant.now()));
            Files.move(data.path(), kept);
            System.out.println("the data directory it replaces is kept as " + kept);
        }
        Files.move(restoring, data.path());
        try (Database restored = Database.embedded(data, freePort());
                Connection c = restored.connect();
                Statement sql = c.createStatement()) {
            try (ResultSet tables =
                    sql.executeQuery("SELECT to_regclass('eventstore.domain_event_entry') IS NOT NULL")) {
                tables.next();
                if (!tables.getBoolean(1)) {
                    return 0;
                }
            }
            try (ResultSet rs = sql.executeQuery("SELECT count(*) FROM eventstore.domain_event_entry")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The backup's signing key replaces the platform's (kept beside it), so new checkpoints go on with the same key. */
    private void restoreAuditKey(Path fromBackup) throws IOException {
        if (!Files.isDirectory(fromBackup)) {
            return;
        }
        Path key = AuditKey.file(data.path().getParent());
        Files.createDirectories(key.getParent());
        try (var parts = Files.list(fromBackup)) {
            for (Path part : parts.toList()) {
                Path target = key.resolveSibling(part.getFileName());
                if (Files.exists(target) && Files.mismatch(target, part) != -1) {
                    Files.move(
                            target,
                            target.resolveSibling(target.getFileName() + ".before-restore"),
                            StandardCopyOption.REPLACE_EXISTING);
                }
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        LocalFiles.deleteTree(fromBackup);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
