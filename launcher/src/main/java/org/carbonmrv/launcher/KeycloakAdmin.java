package org.carbonmrv.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The password of Keycloak's master administrator: generated at the first {@code mrv up} and kept,
 * readable by its owner only, in the platform home, never a well-known default.
 */
final class KeycloakAdmin {

    private KeycloakAdmin() {}

    static Path file(Path platformHome) {
        return platformHome.resolve("keycloak-admin-password");
    }

    static String password(Path platformHome) throws IOException {
        Path file = file(platformHome);
        if (Files.exists(file)) {
            return Files.readString(file).trim();
        }
        String password = generated();
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, password + "\n");
        return password;
    }

    static String generated() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
