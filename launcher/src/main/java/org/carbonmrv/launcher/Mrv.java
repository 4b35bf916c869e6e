package org.carbonmrv.launcher;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

/**
 * {@code mrv up}: starts the platform and keeps it running until stopped ({@code mrv down});
 * {@code mrv demo}: drives the Linhai case through a running platform.
 */
public final class Mrv {

    private Mrv() {}

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "" : args[0];
        switch (command) {
            case "up" -> up();
            case "demo" -> demo();
            case "backup", "restore", "reset" -> System.exit(DataCommands.run(args));
            case "audit" -> System.exit(AuditCommands.run(args));
            case "verify-bundle" -> System.exit(AuditCommands.verifyBundle(args));
            case "cems" -> System.exit(CemsCommands.run(args, System.out, System.err));
            case "stop-orphans" -> stopOrphans();
            case "openapi" -> {
                Ports ports = Ports.standard();
                System.exit(ApiContract.write(args, new MrvClient(ports.gatewayUrl(), ports.keycloakUrl())));
            }
            default -> {
                System.err.println(
                        "usage: mrv up | demo | backup FILE | restore FILE | reset [--yes] | audit verify [--key PEM] [--checkpoint FILE] | audit export --project ID --out FILE | verify-bundle FILE [--key PEM] | cems parse FILE | openapi FILE | cems simulate --project P [--loggers N] [--hours H]");
                System.exit(2);
            }
        }
    }

    private static void up() throws Exception {
        Path home = Platform.findHome();
        Path platformHome = Database.platformHome(home);
        Files.createDirectories(platformHome);
        OrphanedProcesses.stop(home.resolve(".mrv").resolve("pids"));
        Ports ports = Ports.standard();
        Database database = Database.fromEnvironmentOrEmbedded(DataDirectory.of(platformHome), 15432);
        String keycloakAdminPassword = KeycloakAdmin.password(platformHome);
        Platform platform = new Platform(home, ports, database, "up")
                .withKeycloakAdminPassword(keycloakAdminPassword)
                .withSetting("MRV_AUDIT_KEY", AuditKey.file(platformHome).toString());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            platform.close();
            try {
                database.close();
            } catch (Exception ignored) {
                // stopping anyway
            }
            stopped.countDown();
        }));
        System.out.println(
                "starting Keycloak, the four services, the audit service, the CEMS adapter, the portal and the gateway (logs in "
                        + platform.logs() + ") ...");
        platform.start();
        Files.writeString(
                home.resolve(".mrv").resolve("pids"),
                ProcessHandle.current().pid() + "\n"
                        + platform.pids().stream().map(String::valueOf).collect(Collectors.joining("\n")) + "\n");
        System.out.println("""

                Carbon MRV is up.
                  portal            %s/  (sign in as a demo user below)
                  gateway / API     %s
                  Swagger UI        %s/swagger-ui.html
                  public projects   %s/api/projects/public
                  checkpoints       %s/api/audit/public/checkpoints/latest  (signed; ./mrv audit verify)
                  Keycloak          %s  (admin / %s, kept in %s)
                  CEMS adapter      HJ 212 over TCP on 127.0.0.1:%d  (./mrv cems simulate --project ID)
                  database          %s%s
                demo users (password = user name): linhai-owner, juhua-owner (owners); cqc-verifier, ceprei-verifier;
                  registry-admin; auditor; machine client linhai-dcs / linhai-dcs-secret (client credentials)
                run ./mrv demo to drive the Linhai 2019 case; ./mrv down to stop.
                READY""".formatted(
                        ports.gatewayUrl(),
                        ports.gatewayUrl(),
                        ports.gatewayUrl(),
                        ports.gatewayUrl(),
                        ports.gatewayUrl(),
                        ports.keycloakUrl(),
                        keycloakAdminPassword,
                        KeycloakAdmin.file(platformHome),
                        ports.cemsTcp(),
                        database.url(),
                        database.isEmbedded()
                                ? "  (data in " + DataDirectory.of(platformHome).path() + "; ./mrv backup FILE)"
                                : ""));
        stopped.await();
    }

    /** What a killed launcher left running: the services, Keycloak and the embedded PostgreSQL. */
    private static void stopOrphans() throws Exception {
        Path home = Platform.findHome();
        OrphanedProcesses.stop(home.resolve(".mrv").resolve("pids"));
        DataDirectory.of(Database.platformHome(home)).stopOrphanedServer();
    }

    private static void demo() throws Exception {
        Path home = Platform.findHome();
        Ports ports = Ports.standard();
        LinhaiChain chain = new LinhaiChain(
                new MrvClient(ports.gatewayUrl(), ports.keycloakUrl()),
                LinhaiCase.load(LinhaiCase.defaultSource(home)));
        String name = chain.linhai().projectSubmission().get("name").asText();
        JsonNode listed = LinhaiChain.expect(200, chain.client().get("/api/projects/public?size=200", null));
        String linhai = listedId(listed, name);
        if (linhai != null) {
            // the platform keeps its data now: the same monitoring data is never credited to a second project
            System.out.println("The Linhai 2019 case is already on this platform (project " + linhai
                    + "); its monitoring data cannot be credited twice.\nSee it at " + ports.gatewayUrl()
                    + "/api/registry/public/issuances, or start afresh with ./mrv down && ./mrv reset && ./mrv up.");
        } else {
            linhaiChain(chain);
        }
        String cems = listedId(listed, CemsDemo.NAME);
        if (cems != null) {
            System.out.println("The adipic-acid CEMS days are already on this platform too (project " + cems + ").");
        } else {
            new CemsDemo(chain, ports).run();
        }
    }

    private static String listedId(JsonNode listed, String name) {
        for (JsonNode project : listed.get("items")) {
            if (project.get("name").asText().equals(name)) {
                return project.get("id").asText();
            }
        }
        return null;
    }

    private static void linhaiChain(LinhaiChain chain) throws Exception {
        chain.run();
        JsonNode account = chain.awaitIssuedAccount(Duration.ofSeconds(60));
        JsonNode report = LinhaiChain.expect(
                200, chain.client().get("/api/calculations/reports/" + chain.reportId, chain.token(LinhaiChain.OWNER)));
        JsonNode first = report.get("versions").get(0).get("results");
        JsonNode results = report.get("versions").get(chain.version - 1).get("results");
        System.out.println("project        " + chain.projectId);
        System.out.println("version 1      ER " + first.get("ER_y").asText() + " tCO2e with LNG factor "
                + LinhaiCase.LNG_FACTOR_AS_FIRST_REPORTED + "; the verifier raised a non-conformity on it");
        System.out.println("changes        "
                + report.get("versions").get(chain.version - 1).get("changes"));
        System.out.println("report         " + chain.reportId + " version " + chain.version + " approved");
        System.out.println("BE / PE / ER   " + results.get("BE_y").asText() + " / "
                + results.get("PE_y").asText() + " / " + results.get("ER_y").asText() + " tCO2e");
        for (JsonNode block : account.get("blocks")) {
            if (block.get("reportId").asText().equals(chain.reportId)) {
                System.out.println("issued         " + block.get("quantity").asText() + " credits, vintage "
                        + block.get("vintage").asText() + ", serials "
                        + block.get("serials").asText());
            }
        }
        System.out.println("account        " + account.get("id").asText() + " balance "
                + account.get("balance").asText());
    }
}
