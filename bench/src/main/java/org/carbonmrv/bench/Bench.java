package org.carbonmrv.bench;

import java.util.Set;

/** {@code mrv bench <benchmark> [options]}: the benchmarks the usage line lists. */
public final class Bench {

    private Bench() {}

    public static void main(String[] args) {
        int status = 0;
        try {
            run(args);
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        }
        // the benchmarks' HTTP clients keep pool threads that are not daemons: the JVM would outlive its figures
        System.exit(status);
    }

    private static void run(String[] args) throws Exception {
        if (args.length >= 1 && args[0].equals("ingest")) {
            long rows = IngestBenchmark.FULL_YEAR_ROWS;
            for (int i = 1; i < args.length; i++) {
                if (args[i].equals("--rows") && i + 1 < args.length) {
                    rows = Long.parseLong(args[++i].replace("_", ""));
                } else {
                    usage();
                }
            }
            IngestBenchmark.run(rows);
            return;
        }
        if (args.length >= 1 && args[0].equals("calculate")) {
            String only = args.length == 2 ? args[1] : "both";
            if (args.length > 2 || !Set.of("both", "cm010", "aapp").contains(only)) {
                usage();
            }
            CalculateBenchmark.run(!only.equals("aapp"), !only.equals("cm010"));
            return;
        }
        if (args.length >= 1 && args[0].equals("load")) {
            int clients = 100;
            int seconds = 60;
            for (int i = 1; i < args.length; i++) {
                if (args[i].equals("--clients") && i + 1 < args.length) {
                    clients = Integer.parseInt(args[++i]);
                } else if (args[i].equals("--seconds") && i + 1 < args.length) {
                    seconds = Integer.parseInt(args[++i]);
                } else {
                    usage();
                }
            }
            LoadBenchmark.run(clients, seconds);
            return;
        }
        if (args.length >= 1 && args[0].equals("registry")) {
            RegistryBenchmark.run(count(args, "--movements", 100_000));
            return;
        }
        if (args.length >= 1 && args[0].equals("rebuild")) {
            RebuildBenchmark.run(count(args, "--events", 1_000_000));
            return;
        }
        if (args.length >= 1 && args[0].equals("webhooks")) {
            WebhookBenchmark.run(count(args, "--events", 10_000));
            return;
        }
        if (args.length >= 1 && args[0].equals("cems")) {
            CemsBenchmark.run((int) count(args, "--loggers", 1_002));
            return;
        }
        if (args.length >= 1 && args[0].equals("audit")) {
            AuditBenchmark.run(count(args, "--events", 1_000_000));
            return;
        }
        usage();
    }

    /** {@code <benchmark> [flag N]}: N, or the benchmark's own count when the flag is not given. */
    private static long count(String[] args, String flag, long fallback) {
        if (args.length == 3 && args[1].equals(flag)) {
            return Long.parseLong(args[2].replace("_", ""));
        }
        if (args.length != 1) {
            usage();
        }
        return fallback;
    }

    private static void usage() {
        System.err.println(
                "usage: mrv bench ingest [--rows N] | mrv bench calculate [cm010|aapp] | mrv bench registry [--movements N] | mrv bench rebuild [--events N] | mrv bench load [--clients N] [--seconds S] | mrv bench audit [--events N] | mrv bench cems [--loggers N] | mrv bench webhooks [--events N]");
        System.exit(2);
    }
}
