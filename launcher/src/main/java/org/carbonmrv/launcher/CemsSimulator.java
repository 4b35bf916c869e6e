package org.carbonmrv.launcher;

import org.carbonmrv.cems.protocol.CpData;
import org.carbonmrv.cems.protocol.DataSegment;
import org.carbonmrv.cems.protocol.Frame;
import org.carbonmrv.cems.protocol.FrameReader;
import org.carbonmrv.cems.protocol.FrameWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Data loggers played against the adapter, as the demo and the tests need them. Each logger is the
 * CEMS of one stream of the abatement unit (in, out, bypass) and reports two codes, {@code N2O}
 * (mg/Nm3) and {@code Qgas} (Nm3/h), every minute (2051, the minute's mean, flag N) and at each
 * hour's end its own hourly mean (2061), asking for an answer each time and sending again what it
 * got no data answer for, as a logger does. On the way, the field's troubles, at fixed places so
 * a test can count on them:
 *
 * <ul>
 *   <li>hour 2 of each day: minutes 0-14 flagged C (calibration); 45 valid minutes keep it valid;
 *   <li>hour 5: minutes 30-59 never sent (a communication outage): an invalid hour;
 *   <li>hour 7: the logger's own hourly value 5 % above its minutes (a misconfigured logger);
 *   <li>every 97th frame first goes out with a wrong CRC (answered 9011, QnRtn 9, then sent right);
 *   <li>every 61st minute goes as two packets (split, Flag bit D);
 *   <li>once per logger, at its 100th minute, the connection drops mid-frame; the logger connects
 *       again and sends the minute again.
 * </ul>
 */
public final class CemsSimulator {

    /** A logger: its MN, password and stream ({@code in}, {@code out} or {@code byp}). */
    public record Logger(String mn, String password, String stream) {}

    /** What the loggers did and what they were answered. */
    public record Played(
            long frames, long dataAnswers, long crcRefusals, long otherRefusals, long packets, long reconnects) {}

    private static final DateTimeFormatter DATA_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final DateTimeFormatter QN = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");
    /** HJ 212-2017 (version bits 000001) with an answer asked for; bit D for a packet of several. */
    private static final int FLAG_2017_ANSWER = 5;

    private static final int FLAG_PACKET = 2;

    private final String host;
    private final int port;
    private final AtomicLong frames = new AtomicLong();
    private final AtomicLong dataAnswers = new AtomicLong();
    private final AtomicLong crcRefusals = new AtomicLong();
    private final AtomicLong otherRefusals = new AtomicLong();
    private final AtomicLong packets = new AtomicLong();
    private final AtomicLong reconnects = new AtomicLong();

    public CemsSimulator(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** The plan (when the project has none) and the loggers, registered as the owner; the loggers to play. */
    public static List<Logger> registerLoggers(
            MrvClient client, String token, String project, int count, LocalDate from) throws Exception {
        AdipicAcidCase adipic = new AdipicAcidCase();
        String monitoring = "/api/monitoring/projects/" + project;
        if (client.get(monitoring + "/monitoring-plan", token).status() == 404) {
            LinhaiChain.expect(201, client.post(monitoring + "/monitoring-plan", token, adipic.monitoringPlan(from)));
        }
        String prefix = project.replaceAll("[^A-Za-z0-9]", "");
        prefix = prefix.substring(0, Math.min(prefix.length(), 16));
        List<Logger> loggers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String stream = AdipicAcidCase.STREAMS.get(i % AdipicAcidCase.STREAMS.size());
            CemsSimulator.Logger logger =
                    new CemsSimulator.Logger("SIM" + prefix + String.format("%03d", i + 1), "123456", stream);
            LinhaiChain.expect(
                    201,
                    client.post(
                            monitoring + "/data-loggers",
                            token,
                            adipic.dataLogger(logger.mn(), logger.password(), stream)));
            loggers.add(logger);
        }
        return loggers;
    }

    /** The stream's constant minute values: the adipic-acid case's (1 t N2O an hour in, 0.05 t out, no bypass). */
    public static Map<String, String> values(String stream) {
        return switch (stream) {
            case "in" -> Map.of("N2O", "10000", "Qgas", "100000");
            case "out" -> Map.of("N2O", "500", "Qgas", "100000");
            default -> Map.of("N2O", "0", "Qgas", "0");
        };
    }

    /** Plays every logger from {@code start} for {@code hours} hours, all at once; back when all are done, with what this play did. */
    public Played play(List<Logger> loggers, LocalDateTime start, int hours) throws Exception {
        for (AtomicLong counter : List.of(frames, dataAnswers, crcRefusals, otherRefusals, packets, reconnects)) {
            counter.set(0);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(loggers.size(), 64)));
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Logger logger : loggers) {
                running.add(pool.submit(() -> {
                    playOne(logger, start, hours);
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Played(
                frames.get(),
                dataAnswers.get(),
                crcRefusals.get(),
                otherRefusals.get(),
                packets.get(),
                reconnects.get());
    }

    private void playOne(Logger logger, LocalDateTime start, int hours) throws IOException {
        Map<String, String> values = values(logger.stream());
        Connection connection = new Connection();
        int sent = 0;
        try {
            for (int h = 0; h < hours; h++) {
                LocalDateTime hour = start.plusHours(h);
                int hourOfDay = hour.getHour();
                for (int m = 0; m < 60; m++) {
                    if (hourOfDay == 5 && m >= 30) {
                        continue;
                    }
                    String flag = hourOfDay == 2 && m < 15 ? "C" : "N";
                    sent++;
                    DataSegment minute = segment(logger, "2051", hour.plusMinutes(m), values, flag, sent);
                    if (sent == 100) {
                        connection.dropMidFrame(FrameWriter.frame(minute));
                        reconnects.incrementAndGet();
                        connection = new Connection();
                    }
                    if (sent % 61 == 0) {
                        connection.sendSplit(minute);
                    } else {
                        connection.send(minute, sent % 97 == 0);
                    }
                }
                Map<String, String> own = new LinkedHashMap<>(values);
                if (hourOfDay == 7) {
                    own.replaceAll((code, v) -> new java.math.BigDecimal(v)
                            .multiply(new java.math.BigDecimal("1.05"))
                            .toPlainString());
                }
                sent++;
                connection.send(segment(logger, "2061", hour, own, "N", sent), false);
            }
        } finally {
            connection.close();
        }
    }

    /** A data frame of {@code logger}: command {@code cn}, the values at {@code at}, all flagged {@code flag}; {@code n} makes its QN. */
    public static DataSegment segment(
            Logger logger, String cn, LocalDateTime at, Map<String, String> values, String flag, int n) {
        Map<String, String> header = new LinkedHashMap<>();
        header.put("QN", at.format(QN).substring(0, 14) + String.format("%03d", n % 1000));
        header.put("ST", "31");
        header.put("CN", cn);
        header.put("PW", logger.password());
        header.put("MN", logger.mn());
        header.put("Flag", String.valueOf(FLAG_2017_ANSWER));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("DataTime", at.format(DATA_TIME));
        Map<String, Map<String, String>> pollutants = new LinkedHashMap<>();
        for (String code : List.of("N2O", "Qgas")) {
            String v = values.get(code);
            pollutants.put(code, Map.of("Avg", v, "Min", v, "Max", v, "Flag", flag));
        }
        // Map.of has no order: write the fields in the order a logger does
        Map<String, Map<String, String>> ordered = new LinkedHashMap<>();
        pollutants.forEach((code, fs) -> {
            Map<String, String> o = new LinkedHashMap<>();
            for (String kind : List.of("Avg", "Min", "Max", "Flag")) {
                o.put(kind, fs.get(kind));
            }
            ordered.put(code, o);
        });
        return new DataSegment(header, new CpData(fields, ordered).text());
    }

    /** The bytes of the next whole frame ({@code ##} to CR LF) read from {@code in}; bytes before it are read past. */
    public static byte[] readFrame(InputStream in) throws IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream(128);
        int previous = -1;
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the connection closed before a whole frame");
            }
            read.write(b);
            if (previous == '\r'
                    && b == '\n'
                    && !FrameReader.frames(read.toByteArray()).isEmpty()) {
                return read.toByteArray();
            }
            previous = b;
        }
    }

    /** One TCP connection of a logger: send, wait for the answer, send again when it is not the data answer. */
    private final class Connection implements AutoCloseable {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;

        Connection() throws IOException {
            socket = new Socket(host, port);
            socket.setSoTimeout(10_000);
            socket.setTcpNoDelay(true);
            out = socket.getOutputStream();
            in = socket.getInputStream();
        }

        void send(DataSegment segment, boolean firstWithWrongCrc) throws IOException {
            byte[] frame = FrameWriter.frame(segment);
            if (firstWithWrongCrc) {
                byte[] wrong = frame.clone();
                int crcAt = wrong.length - 6;
                wrong[crcAt] = (byte) (wrong[crcAt] == '0' ? '1' : '0');
                expectAnswer(wrong, segment.qn());
            }
            for (int attempt = 0; attempt < 10; attempt++) {
                if (expectAnswer(frame, segment.qn())) {
                    return;
                }
                if (attempt > 0) {
                    // refused twice (a logger just registered is not yet known to the adapter): wait, as a logger does
                    pause();
                }
            }
            throw new IOException("no data answer for QN " + segment.qn() + " after 10 attempts");
        }

        void sendSplit(DataSegment segment) throws IOException {
            String cp = segment.cp();
            int cut = cp.indexOf(';', cp.indexOf(';') + 1);
            List<String> parts = List.of(cp.substring(0, cut), cp.substring(cut + 1));
            for (int p = 0; p < parts.size(); p++) {
                Map<String, String> header = new LinkedHashMap<>(segment.header());
                boolean last = p == parts.size() - 1;
                header.put("Flag", String.valueOf((last ? FLAG_2017_ANSWER : FLAG_2017_ANSWER - 1) | FLAG_PACKET));
                header.put("PNUM", String.valueOf(parts.size()));
                header.put("PNO", String.valueOf(p + 1));
                byte[] frame = FrameWriter.frame(new DataSegment(header, parts.get(p)));
                packets.incrementAndGet();
                if (last) {
                    if (!expectAnswer(frame, segment.qn())) {
                        throw new IOException("no data answer for the split QN " + segment.qn());
                    }
                } else {
                    out.write(frame);
                    out.flush();
                    frames.incrementAndGet();
                }
            }
        }

        /** True when the answer is the data answer (9014) of this QN. */
        private boolean expectAnswer(byte[] frame, String qn) throws IOException {
            out.write(frame);
            out.flush();
            frames.incrementAndGet();
            Frame answer;
            try {
                answer = FrameReader.frames(readFrame(in)).get(0);
            } catch (SocketTimeoutException e) {
                return false;
            }
            DataSegment segment = answer.segment();
            if (segment.cn().equals("9014") && qn.equals(segment.qn())) {
                dataAnswers.incrementAndGet();
                return true;
            }
            if (segment.cn().equals("9011") && segment.cp().contains("QnRtn=9")) {
                crcRefusals.incrementAndGet();
            } else {
                otherRefusals.incrementAndGet();
            }
            return false;
        }

        private static void pause() throws IOException {
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }

        void dropMidFrame(byte[] frame) throws IOException {
            out.write(frame, 0, frame.length / 2);
            out.flush();
            close();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
