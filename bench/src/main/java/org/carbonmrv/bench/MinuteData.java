package org.carbonmrv.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.SplittableRandom;

/**
 * One year of one-minute readings of 20 series (10 tail-gas and 10 fuel flow meters), written
 * twice from the same values: as the CSV a plant uploads, and as the COPY rows the service writes,
 * for the raw PostgreSQL baseline.
 */
final class MinuteData {

    static final int SERIES = 20;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private MinuteData() {}

    static String parameter(int series) {
        return series < SERIES / 2 ? "q_HFC23_gen" : "Q_FF";
    }

    static String source(int series) {
        return String.format("m%02d", series);
    }

    static void write(long rows, Path csv, Path copy, String projectId, String periodId) throws IOException {
        long minutes = (rows + SERIES - 1) / SERIES;
        LocalDateTime start = LocalDateTime.of(2019, 1, 1, 0, 0);
        SplittableRandom random = new SplittableRandom(42);
        long written = 0;
        try (BufferedWriter c = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
                BufferedWriter p = Files.newBufferedWriter(copy, StandardCharsets.UTF_8)) {
            c.write("parameter,source,from,to,value,unit\n");
            for (int s = 0; s < SERIES && written < rows; s++) {
                LocalDateTime from = start;
                for (long m = 0; m < minutes && written < rows; m++) {
                    LocalDateTime to = from.plusMinutes(1);
                    String value = String.format("0.%05d", random.nextInt(100000));
                    written++;
                    c.write(parameter(s) + "," + source(s) + "," + from + "," + to + "," + value + ",t\n");
                    p.write("bench\t" + projectId + "\t" + periodId + "\t" + written + "\t" + parameter(s) + "\t"
                            + source(s) + "\t" + from.atZone(ZONE).toInstant() + "\t"
                            + to.atZone(ZONE).toInstant()
                            + "\t" + from.getYear() + "-" + String.format("%02d", from.getMonthValue()) + "\t" + value
                            + "\tt\t\\N\n");
                    from = to;
                }
            }
        }
    }
}
