package org.carbonmrv.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole platform on one machine: Keycloak, the four services, the audit service, the CEMS adapter, the portal and the
 * gateway, as separate
 * processes started from the built jars, against one PostgreSQL.
 */
public final class Platform implements AutoCloseable {

    private static final String VERSION = "0.1.0-SNAPSHOT";

    private final Path home;
    private final Ports ports;
    private final Database database;
    private final String keycloakInstance;
    private final List<ServiceProcess> processes = new ArrayList<>();
    private boolean quickStart = true;
    private final Map<String, String> settings = new HashMap<>();
    private String keycloakAdminPassword = KeycloakAdmin.generated();
    private Path logs;

    public Platform(Path home, Ports ports, Database database, String keycloakInstance) {
        this.home = home;
        this.ports = ports;
        this.database = database;
        this.keycloakInstance = keycloakInstance;
        this.logs = home.resolve(".mrv").resolve("logs-" + keycloakInstance);
    }

    /** The project root: the folder with the reactor pom and the service modules. */
    public static Path findHome() {
        Path dir = Path.of(System.getProperty("mrv.home", "")).toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("gateway").resolve("pom.xml")) && Files.exists(p.resolve("keycloak"))) {
                return p;
            }
        }
        throw new IllegalStateException("cannot find the Carbon MRV project root above " + dir);
    }

    /**
     * Services start with only the quick JIT tier by default (faster start-up for tests and demos);
     * benchmarks turn this off to measure the services at full speed.
     */
    public Platform withFullJit() {
        quickStart = false;
        return this;
    }

    /** An environment setting for every service (e.g. {@code MRV_MAX_UPLOAD_BYTES}). */
    public Platform withSetting(String name, String value) {
        settings.put(name, value);
        return this;
    }

    /** The master administrator's password for Keycloak (by default a new random one at each start). */
    public Platform withKeycloakAdminPassword(String password) {
        keycloakAdminPassword = password;
        return this;
    }

    public Ports ports() {
        return ports;
    }

    /**
     * The services' logs in {@code .mrv/logs-<name>} instead of the Keycloak instance's folder: the
     * end-to-end test classes share an instance, and each start truncates the logs, so a failed
     * class's logs would be gone by the time one looks.
     */
    public Platform withLogs(String name) {
        logs = home.resolve(".mrv").resolve("logs-" + name);
        return this;
    }

    public Path logs() {
        return logs;
    }

    public void start() throws IOException, InterruptedException {
        ServiceProcess keycloak = Keycloak.start(
                keycloakInstance,
                home.resolve("keycloak").resolve("carbon-mrv-realm.json"),
                ports,
                logs(),
                keycloakAdminPassword);
        processes.add(keycloak);
        startServices(ports, "");
        keycloak.awaitReady(Duration.ofMinutes(4));
    }

    /**
     * A second instance of every service and a gateway in front of them, on {@code second}'s
     * ports, against the same database and Keycloak: what two replicas of each service do.
     */
    public void startSecondInstances(Ports second) throws IOException, InterruptedException {
        startServices(second, "-2");
    }

    private void startServices(Ports on, String suffix) throws IOException, InterruptedException {
        String jwks = ports.keycloakUrl() + "/realms/carbon-mrv/protocol/openid-connect/certs";
        Map<String, String> common = new HashMap<>();
        common.put("MRV_DB_URL", database.url());
        common.put("MRV_DB_USER", database.user());
        common.put("MRV_DB_PASSWORD", database.password());
        common.put("MRV_JWK_SET_URI", jwks);
        common.put("MRV_TOKEN_URI", ports.keycloakUrl() + "/realms/carbon-mrv/protocol/openid-connect/token");
        common.put("MRV_PROJECT_URL", "http://127.0.0.1:" + on.project());
        common.put("MRV_MONITORING_URL", "http://127.0.0.1:" + on.monitoring());
        common.put("MRV_CALCULATION_URL", "http://127.0.0.1:" + on.calculation());
        common.put("MRV_REGISTRY_URL", "http://127.0.0.1:" + on.registry());
        common.put("MRV_PORTAL_URL", "http://127.0.0.1:" + on.portal());
        common.put("MRV_AUDIT_URL", "http://127.0.0.1:" + on.audit());
        common.put("MRV_GATEWAY_URL", on.gatewayUrl());
        common.put("MRV_KEYCLOAK_URL", ports.keycloakUrl());
        // no usage reports to the framework's vendor (closed networks; also keeps the logs clean)
        common.put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        // the checkpoint signing key of a throw-away platform; ./mrv up keeps its own under the data folder
        common.put(
                "MRV_AUDIT_KEY",
                home.resolve(".mrv")
                        .resolve("audit-" + keycloakInstance)
                        .resolve("checkpoint.key")
                        .toString());
        common.putAll(settings);
        List<ServiceProcess> services = new ArrayList<>();
        services.add(service("project-service", suffix, on.project(), common));
        services.add(service("monitoring-service", suffix, on.monitoring(), common));
        services.add(service("calculation-service", suffix, on.calculation(), common));
        services.add(service("registry-service", suffix, on.registry(), common));
        services.add(service("audit-service", suffix, on.audit(), common));
        if (suffix.isEmpty()) {
            // one upper computer: a second would forward the same hours (harmlessly, but twice)
            Map<String, String> cems = new HashMap<>(common);
            cems.put("MRV_CEMS_PORT", String.valueOf(on.cemsTcp()));
            services.add(service("cems-adapter", suffix, on.cems(), cems));
        }
        services.add(service("portal", suffix, on.portal(), common));
        services.add(service("gateway", suffix, on.gateway(), common));
        processes.addAll(services);
        for (ServiceProcess service : services) {
            service.awaitReady(Duration.ofMinutes(4));
        }
    }

    private ServiceProcess service(String name, String suffix, int port, Map<String, String> common)
            throws IOException {
        Path jar = home.resolve(name).resolve("target").resolve(name + "-" + VERSION + "-exec.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build first (mvn -B install -DskipTests)");
        }
        Map<String, String> env = new HashMap<>(common);
        env.put("PORT", String.valueOf(port));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m"));
        if (quickStart) {
            command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        } else {
            // request-scoped garbage on two cores: G1's concurrent cycles, set off by the large buffers of a year's
            // data
            // set, cost a calculation 100-150 ms of pauses; the parallel collector's young pauses a few ms
            // (docs/decisions/0009)
            command.add("-XX:+UseParallelGC");
        }
        // e.g. MRV_SERVICE_JAVA_OPTS='-XX:StartFlightRecording=filename=/tmp/{service}.jfr' to profile each service
        String extra = System.getenv("MRV_SERVICE_JAVA_OPTS");
        if (extra != null && !extra.isBlank()) {
            command.addAll(List.of(extra.replace("{service}", name).trim().split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString()));
        return ServiceProcess.start(
                name + suffix, command, env, logs(), "http://127.0.0.1:" + port + "/actuator/health");
    }

    /** Stops one service (to see how the rest answers while it is down). */
    public void stopService(String name) {
        processes.stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name))
                .stop();
    }

    /**
     * Stops one service (killed as by {@code kill -9} when {@code kill}) and starts it again, to
     * see that what it had taken survives; back when it is ready.
     */
    public void restartService(String name, boolean kill) throws IOException {
        for (int i = 0; i < processes.size(); i++) {
            ServiceProcess process = processes.get(i);
            if (process.name().equals(name)) {
                if (kill) {
                    process.kill();
                } else {
                    process.stop();
                }
                ServiceProcess again = process.startAgain();
                processes.set(i, again);
                again.awaitReady(Duration.ofMinutes(4));
                return;
            }
        }
        throw new IllegalArgumentException("no service " + name);
    }

    public List<Long> pids() {
        return processes.stream().map(ServiceProcess::pid).toList();
    }

    @Override
    public void close() {
        for (int i = processes.size() - 1; i >= 0; i--) {
            processes.get(i).stop();
        }
        processes.clear();
    }
}
