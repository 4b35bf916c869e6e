package org.carbonmrv.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.carbonmrv.cems.protocol.DataSegment;
import org.carbonmrv.cems.protocol.FrameWriter;
import org.carbonmrv.launcher.AdipicAcidCase;
import org.carbonmrv.launcher.CemsSimulator;
import org.carbonmrv.launcher.LinhaiChain;
import org.carbonmrv.launcher.MrvClient;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

/**
 * {@code mrv bench cems [--loggers N]}: N data loggers (1,002: 334 abatement units of one project,
 * three streams each) connected to the adapter at once, against a plain TCP echo server on the same
 * machine answering every frame at once. Three phases, each timed from a frame's last byte sent to
 * its answer's last byte read:
 *
 * <ol>
 *   <li>at the goal's pace: every logger one frame a minute (real-time data, 2011), for two minutes;
 *   <li>flat out: every logger its hour of minute data (2051) back to back, then its hourly value
 *       (2061), each frame waiting for its answer as a logger does;
 *   <li>forwarding: from the last answer until every logger-hour is recorded by the monitoring-service.
 * </ol>
 */
final class CemsBenchmark {

    private static final LocalDateTime HOUR = LocalDateTime.of(2024, 5, 1, 0, 0);

    private CemsBenchmark() {}

    /** Answer times of one phase, in milliseconds. */
    record Timings(double seconds, double[] millis) {
        double rate() {
            return millis.length / seconds;
        }

        double percentile(double p) {
            double[] sorted = millis.clone();
            Arrays.sort(sorted);
            return sorted.length == 0
                    ? Double.NaN
                    : sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
        }

        String line() {
            return String.format(
                    "%,d frames in %.1f s: %,.0f frames/s, answer p50 %.1f ms, p99 %.1f ms",
                    millis.length, seconds, rate(), percentile(0.5), percentile(0.99));
        }
    }

    static void run(int loggers) throws Exception {
        try (BenchRun run = new BenchRun(Map.of("MRV_CEMS_FORWARD_EVERY", "PT1S"))) {
            List<CemsSimulator.Logger> registered = register(run, loggers);
            int adapter = run.ports.cemsTcp();
            System.out.println("warming up: each logger's first frame (its password checked once) ...");
            phase(adapter, registered, "2011", 1, 0, 0);
            try (EchoServer echo = new EchoServer()) {
                phase(echo.port(), registered, "2011", 1, 0, 10);

                Timings pacedEcho = phase(echo.port(), registered, "2011", 2, 60_000, 100);
                Timings paced = phase(adapter, registered, "2011", 2, 60_000, 100);
                System.out.println("at one frame a minute per logger:");
                System.out.println("  plain TCP echo  " + pacedEcho.line());
                System.out.println("  adapter         " + paced.line());

                Timings flatEcho = phase(echo.port(), registered, "2051", 61, 0, 0);
                long started = System.nanoTime();
                Timings flat = phase(adapter, registered, "2051", 61, 0, 0);
                System.out.println("flat out (each logger an hour of minutes and its hourly value, back to back):");
                System.out.println("  plain TCP echo  " + flatEcho.line());
                System.out.println("  adapter         " + flat.line());

                long stored = count(run, "SELECT count(*) FROM cems_adapter.frames WHERE cn = '2051'");
                System.out.printf("  minute frames stored: %,d of %,d sent%n", stored, (long) loggers * 60);
                double forwarded = awaitForwarded(run, loggers);
                System.out.printf(
                        "forwarding: %,d logger-hours recorded by the monitoring-service %.1f s after the last"
                                + " answer (%.1f s after the first minute), %.0f hours/s%n",
                        loggers, forwarded, (System.nanoTime() - started) / 1e9, loggers / forwarded);
                // the next hour, and both the adapter (killed, as kill -9) and the monitoring-service restarted while
                // it is forwarded
                phase(adapter, registered, "2051", 61, 0, 0, HOUR.plusHours(1));
                Thread.sleep(2_000);
                run.platform.restartService("cems-adapter", true);
                run.platform.restartService("monitoring-service", false);
                double again = awaitForwarded(run, 2 * loggers);
                long storedAgain = count(run, "SELECT count(*) FROM cems_adapter.frames WHERE cn = '2051'");
                long batches = count(run, "SELECT count(*) FROM monitoring_service.reading_batches");
                System.out.printf(
                        "restarts: the second hour's %,d minute frames stored (%,d of %,d in all); with the adapter killed"
                                + " and the monitoring-service restarted while it forwarded, all %,d logger-hours recorded"
                                + " %.1f s later, none refused, as %,d reading batches%n",
                        storedAgain - stored, storedAgain, 2L * loggers * 60, 2 * loggers, again, batches);
                System.out.printf(
                        "cems: paced p99 %.1f ms (goal < 1000), flat out %,.0f frames/s vs echo %,.0f%n",
                        paced.percentile(0.99), flat.rate(), flatEcho.rate());
            }
        }
    }

    /** One project of {@code loggers / 3} abatement units, its plan and period, and a logger per stream and unit. */
    private static List<CemsSimulator.Logger> register(BenchRun run, int loggers) throws Exception {
        MrvClient client = run.client;
        String owner = run.chain.token("juhua-owner");
        int units = (loggers + 2) / 3;
        AdipicAcidCase adipic = new AdipicAcidCase();
        ObjectNode submission = adipic.projectSubmission("Juhua, " + units + " abatement units on HJ 212");
        ArrayNode destruction = submission.with("facility").putArray("destructionUnits");
        for (int u = 1; u <= units; u++) {
            destruction.addObject().put("id", unit(u)).put("label", "N2O 分解装置 " + u);
        }
        String project = LinhaiChain.expect(201, client.post("/api/projects", owner, submission))
                .get("id")
                .asText();
        LinhaiChain.expect(
                204, client.post("/api/projects/" + project + "/listing", run.chain.token(LinhaiChain.REGISTRY), "{}"));
        LinhaiChain.expect(
                201,
                client.post(
                        "/api/projects/" + project + "/reporting-periods",
                        owner,
                        Map.of("start", "2024-05-01", "end", "2024-05-31")));
        ObjectNode plan = adipic.monitoringPlan(HOUR.toLocalDate());
        plan.putArray("meters");
        String monitoring = "/api/monitoring/projects/" + project;
        LinhaiChain.expect(201, client.post(monitoring + "/monitoring-plan", owner, plan));
        System.out.printf("registering %,d data loggers ...%n", loggers);
        List<CemsSimulator.Logger> all = new ArrayList<>();
        List<ObjectNode> bodies = new ArrayList<>();
        for (int i = 0; i < loggers; i++) {
            String stream = AdipicAcidCase.STREAMS.get(i % 3);
            CemsSimulator.Logger logger = new CemsSimulator.Logger(String.format("BENCH%06d", i), "123456", stream);
            ObjectNode body = adipic.dataLogger(logger.mn(), logger.password(), stream);
            body.put("source", unit(i / 3 + 1));
            ((ArrayNode) body.get("channels")).forEach(c -> ((ObjectNode) c).remove("meterSerial"));
            all.add(logger);
            bodies.add(body);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (ObjectNode body : bodies) {
                done.add(pool.submit(
                        () -> LinhaiChain.expect(201, client.post(monitoring + "/data-loggers", owner, body))));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        // the adapter reads the registrations every 15 s, or at an unknown MN: let it see them all at once
        Thread.sleep(16_000);
        return all;
    }

    private static String unit(int u) {
        return "unit-" + u;
    }

    /**
     * Every logger on its own connection sends {@code frames} frames of command {@code cn}, each
     * {@code pauseMillis} after the last answer (after a random start within the pause), and the
     * answer times are gathered; {@code offset} keeps the DataTimes of one phase apart from another's.
     */
    private static Timings phase(
            int port, List<CemsSimulator.Logger> loggers, String cn, int frames, long pauseMillis, int offset)
            throws Exception {
        return phase(port, loggers, cn, frames, pauseMillis, offset, HOUR);
    }

    private static Timings phase(
            int port,
            List<CemsSimulator.Logger> loggers,
            String cn,
            int frames,
            long pauseMillis,
            int offset,
            LocalDateTime hour)
            throws Exception {
        ConcurrentLinkedQueue<Double> millis = new ConcurrentLinkedQueue<>();
        CountDownLatch connected = new CountDownLatch(loggers.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        ConcurrentLinkedQueue<Exception> failed = new ConcurrentLinkedQueue<>();
        for (CemsSimulator.Logger logger : loggers) {
            Thread thread = new Thread(() -> {
                try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                    socket.setTcpNoDelay(true);
                    socket.setSoTimeout(60_000);
                    OutputStream out = socket.getOutputStream();
                    InputStream in = socket.getInputStream();
                    connected.countDown();
                    go.await();
                    if (pauseMillis > 0) {
                        Thread.sleep(ThreadLocalRandom.current().nextLong(pauseMillis));
                    }
                    for (int f = 0; f < frames; f++) {
                        byte[] frame = FrameWriter.frame(frame(logger, cn, frames, f, offset, hour));
                        long sent = System.nanoTime();
                        out.write(frame);
                        out.flush();
                        CemsSimulator.readFrame(in);
                        millis.add((System.nanoTime() - sent) / 1e6);
                        if (pauseMillis > 0 && f < frames - 1) {
                            Thread.sleep(pauseMillis);
                        }
                    }
                } catch (Exception e) {
                    failed.add(e);
                    connected.countDown();
                }
            });
            thread.start();
            threads.add(thread);
        }
        connected.await();
        long started = System.nanoTime();
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (!failed.isEmpty()) {
            throw new IllegalStateException(
                    failed.size() + " logger(s) failed, the first: " + failed.peek(), failed.peek());
        }
        return new Timings(
                seconds, millis.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** The f-th frame: in the minute-data phase the hour's minutes and then the hourly value. */
    private static DataSegment frame(
            CemsSimulator.Logger logger, String cn, int frames, int f, int offset, LocalDateTime hour) {
        Map<String, String> values = CemsSimulator.values(logger.stream());
        if (cn.equals("2051") && f == frames - 1) {
            return CemsSimulator.segment(logger, "2061", hour, values, "N", f);
        }
        LocalDateTime at =
                cn.equals("2051") ? hour.plusMinutes(f) : HOUR.plusDays(1).plusMinutes(offset + f);
        return CemsSimulator.segment(logger, cn, at, values, "N", f);
    }

    private static double awaitForwarded(BenchRun run, int loggers) throws Exception {
        long started = System.nanoTime();
        while (count(
                        run,
                        "SELECT count(DISTINCT (mn, hour)) FROM cems_adapter.hour_outcomes WHERE outcome = 'recorded'")
                < loggers) {
            if (count(run, "SELECT count(*) FROM cems_adapter.hour_outcomes WHERE outcome <> 'recorded'") > 0) {
                throw new IllegalStateException("a logger-hour was refused; see the adapter's log");
            }
            if (System.nanoTime() - started > 600e9) {
                throw new IllegalStateException("the hours were not forwarded within ten minutes");
            }
            Thread.sleep(200);
        }
        return (System.nanoTime() - started) / 1e9;
    }

    private static long count(BenchRun run, String sql) throws Exception {
        try (Connection c =
                        DriverManager.getConnection(run.database.url(), run.database.user(), run.database.password());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The baseline: a TCP server that answers every frame with itself at once, a thread per connection. */
    private static final class EchoServer implements AutoCloseable {
        private final ServerSocket server;
        private final Thread acceptor;

        EchoServer() throws IOException {
            server = new ServerSocket(0, 2048, InetAddress.getLoopbackAddress());
            acceptor = new Thread(() -> {
                while (!server.isClosed()) {
                    try {
                        Socket socket = server.accept();
                        Thread echo = new Thread(() -> echo(socket));
                        echo.setDaemon(true);
                        echo.start();
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return server.getLocalPort();
        }

        private static void echo(Socket socket) {
            try (socket) {
                socket.setTcpNoDelay(true);
                InputStream in = socket.getInputStream();
                OutputStream out = socket.getOutputStream();
                while (true) {
                    out.write(CemsSimulator.readFrame(in));
                    out.flush();
                }
            } catch (IOException closed) {
                // the logger is done
            }
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
