package org.carbonmrv.launcher;

import org.carbonmrv.audit.checkpoint.CheckpointKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded default keeps what it committed: across a stop, a {@code kill -9} of its launcher, and a backup. */
class EmbeddedDatabaseIT {

    @TempDir
    Path home;

    @Test
    void keepsWhatItCommittedAcrossAStopAndStart() throws Exception {
        DataDirectory data = DataDirectory.of(home);
        try (Database db = Database.embedded(data, Backup.freePort())) {
            execute(db, "CREATE TABLE readings (value text)", "INSERT INTO readings VALUES ('2.64 t')");
            assertThat(query(db, "SELECT current_setting('fsync') || ' ' || current_setting('synchronous_commit')"))
                    .containsExactly("on on");
        }
        assertThat(data.runningServer()).isEmpty();
        try (Database db = Database.embedded(data, Backup.freePort())) {
            assertThat(query(db, "SELECT value FROM readings")).containsExactly("2.64 t");
        }
    }

    @Test
    void keepsWhatItCommittedWhenItsLauncherIsKilled() throws Exception {
        DataDirectory data = DataDirectory.of(home);
        Process launcher = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        CommitsThenWaits.class.getName(),
                        home.toString())
                .redirectErrorStream(true)
                .start();
        List<String> output = new ArrayList<>();
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null && !line.equals("COMMITTED"); ) {
                output.add(line);
            }
            assertThat(launcher.isAlive())
                    .as("the launcher committed; its output: %s", output)
                    .isTrue();
            launcher.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(data.runningServer())
                .as("the server outlives its killed launcher")
                .isPresent();
        try (Database db = Database.embedded(data, Backup.freePort())) {
            assertThat(query(db, "SELECT count(*) FROM readings")).containsExactly("1000");
        }
    }

    @Test
    void aBackupTakenWhileRunningRestoresToItsMoment() throws Exception {
        DataDirectory data = DataDirectory.of(home);
        Path file = home.resolve("mrv-backup.zip");
        Path key = AuditKey.file(home);
        String keyId = CheckpointKey.loadOrCreate(key).verifier().keyId();
        try (Database db = Database.embedded(data, Backup.freePort())) {
            execute(db, "CREATE TABLE credits (serials text)", "INSERT INTO credits VALUES ('1-3999500')");
            new Backup(data).backupTo(file);
            execute(db, "INSERT INTO credits VALUES ('after the backup')");
            assertThatThrownBy(() -> new Backup(data).restoreFrom(file)).hasMessageContaining("./mrv down first");
        }
        Files.delete(key); // the key lost with the machine: the backup brings it back
        Files.delete(CheckpointKey.publicKeyFile(key));
        new Backup(data).restoreFrom(file);
        assertThat(CheckpointKey.loadOrCreate(key).verifier().keyId()).isEqualTo(keyId);
        assertThat(data.path().resolve(Backup.AUDIT_KEY_FOLDER)).doesNotExist();
        try (Database db = Database.embedded(data, Backup.freePort())) {
            assertThat(query(db, "SELECT serials FROM credits")).containsExactly("1-3999500");
        }
        try (var siblings = Files.list(home)) {
            assertThat(siblings.map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.startsWith("data.before-restore-"));
        }
    }

    @Test
    void refusesToRestoreWhatIsNotABackup() throws Exception {
        Path notABackup = Files.writeString(home.resolve("readings.csv"), "parameter,source\n");
        assertThatThrownBy(() -> new Backup(DataDirectory.of(home)).restoreFrom(notABackup))
                .hasMessageContaining("not a backup");
        assertThat(DataDirectory.of(home).initialised()).isFalse();
    }

    private static void execute(Database db, String... statements) throws SQLException {
        try (Connection c = db.connect();
                Statement sql = c.createStatement()) {
            for (String statement : statements) {
                sql.execute(statement);
            }
        }
    }

    private static List<String> query(Database db, String select) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.connect();
                Statement sql = c.createStatement();
                ResultSet rs = sql.executeQuery(select)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    /** A launcher that commits a thousand rows, one transaction each, says so, and waits to be killed. */
    public static final class CommitsThenWaits {
        public static void main(String[] args) throws Exception {
            Database db = Database.embedded(DataDirectory.of(Path.of(args[0])), Backup.freePort());
            execute(db, "CREATE TABLE readings (value int)");
            try (Connection c = db.connect();
                    Statement sql = c.createStatement()) {
                for (int i = 0; i < 1000; i++) {
                    sql.execute("INSERT INTO readings VALUES (" + i + ")");
                }
            }
            System.out.println("COMMITTED");
            Thread.sleep(600_000);
        }
    }
}
