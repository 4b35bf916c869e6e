package org.carbonmrv.launcher;

/**
 * Where each part of a running platform listens. Every port is below 32768: Linux hands out
 * 32768-60999 as the local ports of outgoing connections, and a service whose port an open
 * connection to PostgreSQL happens to hold cannot start.
 */
public record Ports(
        int gateway,
        int project,
        int monitoring,
        int calculation,
        int registry,
        int portal,
        int audit,
        int keycloak,
        int keycloakManagement,
        int cems,
        int cemsTcp) {

    /** The defaults of {@code mrv up}. */
    public static Ports standard() {
        return new Ports(8080, 8081, 8082, 8083, 8084, 8085, 8086, 18080, 19000, 8087, 6212);
    }

    /** Out of the way of a running {@code mrv up}, for the end-to-end tests. */
    public static Ports forTests() {
        return new Ports(20080, 20081, 20082, 20083, 20084, 20085, 20086, 20180, 20900, 20087, 20212);
    }

    /** For the benchmarks, beside both of the others. */
    public static Ports forBenchmarks() {
        return new Ports(22080, 22081, 22082, 22083, 22084, 22085, 22086, 22180, 22900, 22087, 22212);
    }

    /** Two instances of every service for the replica test: the first set (with Keycloak) ... */
    public static Ports forReplicas() {
        return new Ports(24080, 24081, 24082, 24083, 24084, 24085, 24086, 24180, 24900, 24087, 24212);
    }

    /** ... and the second set, which shares the first's Keycloak. */
    public static Ports forSecondReplicas() {
        return new Ports(24090, 24091, 24092, 24093, 24094, 24095, 24096, 24180, 24900, 24097, 24213);
    }

    public String gatewayUrl() {
        return "http://127.0.0.1:" + gateway;
    }

    public String keycloakUrl() {
        return "http://127.0.0.1:" + keycloak;
    }
}
