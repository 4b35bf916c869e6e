package org.carbonmrv.cems.protocol;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parameters of a data command's CP: groups separated by {@code ;}, fields within a group by
 * {@code ,}, each {@code name=value}. Fields named {@code <pollutant code>-<kind>} ({@code
 * a21026-Avg}, {@code a21026-Flag}, {@code w00000-Cou} ...) are gathered by pollutant code, in the
 * order given; the others ({@code DataTime}, {@code RtdInterval} ...) are kept by name.
 */
public record CpData(Map<String, String> fields, Map<String, Map<String, String>> pollutants) {

    public CpData {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        pollutants.forEach((code, values) -> copy.put(code, Collections.unmodifiableMap(new LinkedHashMap<>(values))));
        pollutants = Collections.unmodifiableMap(copy);
    }

    public static CpData parse(String cp) {
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, Map<String, String>> pollutants = new LinkedHashMap<>();
        if (cp.isEmpty()) {
            return new CpData(fields, pollutants);
        }
        for (String group : cp.split(";", -1)) {
            if (group.isEmpty()) {
                continue;
            }
            for (String field : group.split(",", -1)) {
                int eq = field.indexOf('=');
                if (eq <= 0) {
                    throw new MalformedFrameException("CP field without a name and '=': " + field);
                }
                String name = field.substring(0, eq);
                String value = field.substring(eq + 1);
                int dash = name.lastIndexOf('-');
                if (dash > 0 && dash < name.length() - 1) {
                    pollutants
                            .computeIfAbsent(name.substring(0, dash), c -> new LinkedHashMap<>())
                            .put(name.substring(dash + 1), value);
                } else {
                    fields.put(name, value);
                }
            }
        }
        return new CpData(fields, pollutants);
    }

    /** {@code DataTime}, the moment the values are for ({@code yyyyMMddHHmmss}, the logger's local time), if given. */
    public String dataTime() {
        return fields.get("DataTime");
    }

    /** The CP as a frame carries it: the fields, then one group per pollutant. */
    public String text() {
        StringBuilder out = new StringBuilder();
        fields.forEach((name, value) -> {
            if (!out.isEmpty()) {
                out.append(';');
            }
            out.append(name).append('=').append(value);
        });
        pollutants.forEach((code, values) -> {
            if (!out.isEmpty()) {
                out.append(';');
            }
            boolean first = true;
            for (Map.Entry<String, String> value : values.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                out.append(code).append('-').append(value.getKey()).append('=').append(value.getValue());
                first = false;
            }
        });
        return out.toString();
    }
}
