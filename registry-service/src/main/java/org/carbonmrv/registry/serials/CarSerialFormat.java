package org.carbonmrv.registry.serials;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Climate Action Reserve's style (docs/serial-numbers.md):
 * {@code <registry>-<unit type>-<country>-<project id>-<project type>-<developer id>-<province>-<vintage>-<batch>-<start> to <end>},
 * e.g. {@code CMRV-VCU-CN-1-HFC23-LINHAICHEM-ZJ-2019-1-1 to 3999500}. A field that is unknown
 * prints as {@code X}, so the hyphen-separated positions never shift.
 */
public final class CarSerialFormat implements SerialFormat {

    @Override
    public String format(SerialBlock b) {
        return Stream.of(
                                b.registry(),
                                b.unitType(),
                                b.country(),
                                b.projectNumber(),
                                b.projectType(),
                                b.developerId(),
                                b.subdivision(),
                                String.valueOf(b.vintage()),
                                String.valueOf(b.batch()),
                                String.valueOf(b.start()))
                        .map(CarSerialFormat::field)
                        .collect(Collectors.joining("-"))
                + " to " + b.end();
    }

    /** A field holds letters and digits only: a hyphen inside one would read as a separator. */
    static String field(String value) {
        if (value == null || value.isBlank()) {
            return "X";
        }
        String cleaned = value.toUpperCase().replaceAll("[^A-Z0-9]", "");
        return cleaned.isEmpty() ? "X" : cleaned;
    }
}
