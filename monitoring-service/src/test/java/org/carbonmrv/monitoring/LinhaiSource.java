package org.carbonmrv.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.carbonmrv.api.monitoring.DowntimeEntry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** The Linhai 2019 case as the tests read it, unchanged from shared/cases. */
public final class LinhaiSource {

    public static final Path SOURCE = Path.of("..", "..", "shared", "cases", "cn-hfc23-linhai-2019", "source.json");
    private static JsonNode json;

    private LinhaiSource() {}

    public static synchronized JsonNode json() {
        if (json == null) {
            try {
                json = new ObjectMapper().readTree(SOURCE.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return json;
    }

    /** What each Linhai meter serves: the production lines, or the destruction units named. */
    public static List<String> serves(JsonNode meter) {
        String measures = meter.get("measures").asText();
        if (meter.hasNonNull("unit_id")) {
            return List.of(meter.get("unit_id").asText());
        }
        if (measures.startsWith("Q_HCFC22") || measures.startsWith("q_HFC23,gen")) {
            return List.of("production");
        }
        if (measures.startsWith("p_HFC23")) {
            return List.of("production", "furnace-1", "furnace-2");
        }
        return List.of("furnace-1", "furnace-2");
    }

    public static List<DowntimeEntry> downtime() {
        List<DowntimeEntry> entries = new ArrayList<>();
        for (String unit : List.of("furnace-1", "furnace-2")) {
            for (JsonNode row : json().get("downtime").get(unit)) {
                JsonNode d = row.get("duration_reported_parsed");
                int minutes = d.get("days").asInt() * 1440
                        + d.get("hours").asInt() * 60
                        + d.get("minutes").asInt();
                entries.add(new DowntimeEntry(
                        unit,
                        LocalDateTime.parse(row.get("from").asText()),
                        LocalDateTime.parse(row.get("to").asText()),
                        row.get("hcfc22_stopped").asBoolean(),
                        minutes,
                        "table " + (unit.equals("furnace-1") ? "3" : "4") + " row "
                                + row.get("row_no").asText()));
            }
        }
        return entries;
    }
}
