package org.carbonmrv.launcher;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.carbonmrv.audit.bundle.BundleCheck;
import org.carbonmrv.audit.bundle.BundleVerifier;
import org.carbonmrv.audit.bundle.BundleWriter;
import org.carbonmrv.audit.checkpoint.Checkpoint;
import org.carbonmrv.audit.checkpoint.CheckpointKey;
import org.carbonmrv.audit.checkpoint.CheckpointVerifier;
import org.carbonmrv.audit.verification.ChainVerifier;
import org.carbonmrv.audit.verification.Discrepancy;
import org.carbonmrv.audit.verification.Verification;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code mrv audit verify [--key PEM] [--checkpoint FILE]...}: walks the chain and the checkpoints
 * straight against a platform's database (MRV_DB_URL, else the embedded default, running or not).
 * Exit 0 when the history is intact, 1 naming the first event that differs, 2 when it cannot check.
 */
final class AuditCommands {

    private static final int LISTED = 20;

    private AuditCommands() {}

    static int run(String[] args) throws Exception {
        if (args.length >= 2 && args[1].equals("export")) {
            return export(args);
        }
        if (args.length < 2 || !args[1].equals("verify")) {
            System.err.println("usage: ./mrv audit verify [--key PUBLIC_KEY.pem] [--checkpoint CHECKPOINT.json]...\n"
                    + "       ./mrv audit export --project ID --out FILE");
            return 2;
        }
        Path platformHome = Database.platformHome(Platform.findHome());
        Path keyFile = null;
        List<Checkpoint> kept = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            switch (args[i]) {
                case "--key" -> keyFile = Path.of(value(args, ++i, "--key"));
                case "--checkpoint" -> kept.add(checkpoint(Path.of(value(args, ++i, "--checkpoint"))));
                default -> {
                    System.err.println("unknown option " + args[i]);
                    return 2;
                }
            }
        }
        CheckpointVerifier key;
        if (keyFile == null) {
            Path own = CheckpointKey.publicKeyFile(AuditKey.file(platformHome));
            if (!Files.exists(own)) {
                System.err.println("no public key at " + own + ": pass --key with the platform's published key");
                return 2;
            }
            System.out.println("checking with the platform's own public key " + own
                    + " (an auditor passes --key with the copy it keeps)");
            key = CheckpointVerifier.fromPem(Files.readString(own));
        } else {
            key = CheckpointVerifier.fromPem(Files.readString(keyFile));
        }
        try (Database database = open(platformHome);
                Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            Verification verification = new ChainVerifier(key, kept).verify(connection);
            connection.rollback();
            return report(verification);
        }
    }

    /** {@code audit export --project ID --out FILE}: the project's bundle, to check offline with {@code ./mrv verify-bundle}. */
    private static int export(String[] args) throws Exception {
        String project = null;
        Path out = null;
        for (int i = 2; i < args.length; i++) {
            switch (args[i]) {
                case "--project" -> project = value(args, ++i, "--project");
                case "--out" -> out = Path.of(value(args, ++i, "--out"));
                default -> {
                    System.err.println("unknown option " + args[i]);
                    return 2;
                }
            }
        }
        if (project == null || out == null) {
            System.err.println("usage: ./mrv audit export --project ID --out FILE");
            return 2;
        }
        Path platformHome = Database.platformHome(Platform.findHome());
        Path publicKey = CheckpointKey.publicKeyFile(AuditKey.file(platformHome));
        CheckpointVerifier key = CheckpointVerifier.fromPem(Files.readString(publicKey));
        Path written = out.toAbsolutePath().resolveSibling(out.getFileName() + ".part");
        try (Database database = open(platformHome);
                Connection connection = database.connect();
                var file = Files.newOutputStream(written)) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            int events = BundleWriter.write(connection, project, key, file);
            connection.rollback();
            if (events == 0) {
                Files.deleteIfExists(written);
                System.err.println("no sealed event of project " + project + ": nothing exported");
                return 1;
            }
            file.close();
            Files.move(written, out, StandardCopyOption.REPLACE_EXISTING);
            System.out.println("exported " + events + " events of project " + project + " to " + out.toAbsolutePath()
                    + "; check it anywhere with ./mrv verify-bundle " + out);
            return 0;
        } finally {
            Files.deleteIfExists(written);
        }
    }

    /** {@code verify-bundle FILE [--key PEM]}: a bundle checked offline, nothing of the platform needed. */
    static int verifyBundle(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: ./mrv verify-bundle FILE [--key PUBLIC_KEY.pem]");
            return 2;
        }
        CheckpointVerifier key = null;
        if (args.length == 4 && args[2].equals("--key")) {
            key = CheckpointVerifier.fromPem(Files.readString(Path.of(args[3])));
        } else if (args.length != 2) {
            System.err.println("usage: ./mrv verify-bundle FILE [--key PUBLIC_KEY.pem]");
            return 2;
        } else {
            System.out.println("checking with the key inside the bundle: pass --key with the platform's published key"
                    + " to know who signed it");
        }
        BundleCheck check;
        try (var in = Files.newInputStream(Path.of(args[1]))) {
            check = BundleVerifier.check(in, key);
        }
        String what = check.events() + " events of project " + check.projectId() + " in the signed tree of size "
                + check.treeSize() + ", " + check.versionsRecomputed() + " calculated versions recomputed";
        if (check.holds()) {
            System.out.println("bundle holds: " + what);
            return 0;
        }
        System.out.println("BUNDLE DOES NOT HOLD (" + what + "):");
        check.failures().forEach(failure -> System.out.println("  " + failure));
        return 1;
    }

    private static int report(Verification verification) {
        String checked = verification.sealedEvents() + " sealed events, " + verification.checkpointsChecked()
                + " checkpoints (latest of tree size " + verification.latestCheckpoint() + ") with key "
                + verification.keyId() + " in " + verification.millis() + " ms";
        if (verification.intact()) {
            System.out.println("intact: " + checked);
            return 0;
        }
        Discrepancy first = verification.first();
        System.out.println("NOT INTACT: " + verification.discrepancyCount() + " discrepancies in " + checked);
        System.out.println("first: " + first);
        verification.discrepancies().stream().skip(1).limit(LISTED - 1).forEach(d -> System.out.println("  " + d));
        if (verification.discrepancyCount() > LISTED) {
            System.out.println("  ... and " + (verification.discrepancyCount() - LISTED) + " more");
        }
        return 1;
    }

    /** The database named by MRV_DB_URL, the embedded one if it is running, else the embedded one started for the check. */
    private static Database open(Path platformHome) throws Exception {
        String external = System.getenv("MRV_DB_URL");
        if (external != null && !external.isBlank()) {
            return Database.external(external, envOr("MRV_DB_USER", "postgres"), envOr("MRV_DB_PASSWORD", ""));
        }
        DataDirectory data = DataDirectory.of(platformHome);
        var running = data.runningServer();
        if (running.isPresent()) {
            return Database.external(
                    "jdbc:postgresql://127.0.0.1:" + running.get().port() + "/carbon_mrv", "postgres", "");
        }
        if (!data.initialised()) {
            throw new IllegalStateException("no database in " + data.path() + ": ./mrv up first, or set MRV_DB_URL");
        }
        return Database.embedded(data, 15432);
    }

    /** A checkpoint as {@code GET /api/audit/public/checkpoints/latest} answers it, kept in a file. */
    static Checkpoint checkpoint(Path file) throws Exception {
        return Checkpoint.fromJson(new ObjectMapper().readTree(Files.readString(file)));
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
