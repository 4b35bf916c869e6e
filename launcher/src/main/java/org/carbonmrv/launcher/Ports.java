package org.carbonmrv.launcher;

/** Where each part of a running platform listens. */
public record Ports(int gateway, int project, int monitoring, int calculation, int registry, int keycloak,
                   int keycloakManagement) {

    /** The defaults of {@code mrv up}. */
    public static Ports standard() {
        return new Ports(8080, 8081, 8082, 8083, 8084, 18080, 19000);
    }

    /** Out of the way of a running {@code mrv up}, for the end-to-end tests. */
    public static Ports forTests() {
        return new Ports(28080, 28081, 28082, 28083, 28084, 28180, 29000);
    }

    /** For the benchmarks, beside both of the others. */
    public static Ports forBenchmarks() {
        return new Ports(38080, 38081, 38082, 38083, 38084, 38180, 39000);
    }

    /** Two instances of every service for the replica test: the first set (with Keycloak) ... */
    public static Ports forReplicas() {
        return new Ports(48080, 48081, 48082, 48083, 48084, 48180, 49000);
    }

    /** ... and the second set, which shares the first's Keycloak. */
    public static Ports forSecondReplicas() {
        return new Ports(48090, 48091, 48092, 48093, 48094, 48180, 49000);
    }

    public String gatewayUrl() {
        return "http://127.0.0.1:" + gateway;
    }

    public String keycloakUrl() {
        return "http://127.0.0.1:" + keycloak;
    }
}
