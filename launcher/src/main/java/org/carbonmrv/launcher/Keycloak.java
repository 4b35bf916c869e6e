package org.carbonmrv.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

/**
 * Keycloak from its Maven Central distribution (no Docker): unpacked once into a cache folder per
 * instance, the realm imported afresh at each start.
 */
final class Keycloak {

    static final String VERSION = "26.4.7";

    private Keycloak() {}

    static Path distributionZip() {
        Path repository = Path.of(System.getProperty(
                "maven.repo.local",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString()));
        Path zip = repository.resolve(Path.of(
                "org", "keycloak", "keycloak-quarkus-dist", VERSION, "keycloak-quarkus-dist-" + VERSION + ".zip"));
        if (!Files.exists(zip)) {
            throw new IllegalStateException(
                    "Keycloak " + VERSION + " is not in the local Maven repository; run: mvn -B "
                            + "dependency:get -Dartifact=org.keycloak:keycloak-quarkus-dist:" + VERSION
                            + ":zip -Dtransitive=false");
        }
        return zip;
    }

    static ServiceProcess start(String instance, Path realmFile, Ports ports, Path logs, String adminPassword)
            throws IOException {
        Path home = unpacked(instance);
        Path imports = home.resolve("data").resolve("import");
        Files.createDirectories(imports);
        Files.copy(realmFile, imports.resolve("carbon-mrv-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        LocalFiles.deleteTree(home.resolve("data").resolve("h2"));
        List<String> command = List.of(
                "bash",
                home.resolve("bin").resolve("kc.sh").toString(),
                "start-dev",
                "--http-host=" + bindAddress(),
                "--http-port=" + ports.keycloak(),
                "--http-management-port=" + ports.keycloakManagement(),
                "--health-enabled=true",
                "--import-realm");
        Map<String, String> env = Map.of(
                "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword,
                "JAVA_OPTS_APPEND", "-Xmx768m");
        return ServiceProcess.start(
                "keycloak", command, env, logs, "http://127.0.0.1:" + ports.keycloakManagement() + "/health/ready");
    }

    /** Loopback unless {@code MRV_BIND_ADDRESS} says otherwise: the gateway is the platform's one door. */
    static String bindAddress() {
        String address = System.getenv("MRV_BIND_ADDRESS");
        return address == null || address.isBlank() ? "127.0.0.1" : address;
    }

    private static Path unpacked(String instance) throws IOException {
        Path base = Path.of(System.getProperty("user.home"), ".cache", "carbon-mrv", instance);
        Path home = base.resolve("keycloak-" + VERSION);
        if (Files.exists(home.resolve("bin").resolve("kc.sh"))) {
            return home;
        }
        try (InputStream in = Files.newInputStream(distributionZip())) {
            LocalFiles.unzip(in, base);
        }
        return home;
    }
}
