package org.carbonmrv.launcher;

import java.nio.file.Path;

/** Where the platform's checkpoint signing key lives: beside the database, under the platform's data folder. */
final class AuditKey {

    private AuditKey() {}

    static Path file(Path platformHome) {
        return platformHome.resolve("audit").resolve("checkpoint.key");
    }
}
