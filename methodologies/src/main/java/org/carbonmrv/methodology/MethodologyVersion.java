package org.carbonmrv.methodology;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * One entry of the methodology catalogue: a version with the reporting periods it may be applied
 * to and the parameters it fixes. A data set calculated under a version must carry exactly the
 * values the version fixes, so the figure of a pinned version cannot drift with what an owner
 * uploads.
 *
 * @param fixedParameters dataset path (dotted, e.g. {@code constants.GWP_HFC23}) to the value the version fixes
 * @param basis           where the version and its fixed values come from
 */
public record MethodologyVersion(
        String id,
        String version,
        String titleEn,
        String titleZh,
        Status status,
        LocalDate validFrom,
        LocalDate validUntil,
        Map<String, String> fixedParameters,
        String basis) {

    public enum Status {
        /** May be pinned by a project and credited. */
        ACTIVE,
        /** Replaced by a newer version: kept for recomputing what was credited under it. */
        SUPERSEDED,
        /** A variant for requantification only (another GWP set, a stricter cap); never credited. */
        SENSITIVITY
    }

    public String key() {
        return id + "-" + version;
    }

    public boolean creditable() {
        return status == Status.ACTIVE;
    }

    /** Whether a reporting period lies wholly inside this version's validity (dates inclusive). */
    public boolean covers(LocalDate periodStart, LocalDate periodEnd) {
        return !periodStart.isBefore(validFrom) && (validUntil == null || !periodEnd.isAfter(validUntil));
    }

    public String validity() {
        return validFrom + " .. " + (validUntil == null ? "open" : validUntil.toString());
    }

    /** Refuses a data set whose fixed parameters differ from this version's. */
    public void requireFixedParameters(JsonNode dataset) {
        fixedParameters.forEach((path, fixed) -> {
            JsonNode value = at(dataset, path);
            if (value == null || value.isNull()) {
                throw new DatasetException(path, "required: " + key() + " fixes it at " + fixed);
            }
            if (!value.isValueNode() || !sameDecimal(value.asText(), fixed)) {
                throw new DatasetException(
                        path, "is " + value + ", but " + key() + " fixes it at " + fixed + " (" + basis + ")");
            }
        });
    }

    /** A copy of the data set with this version's fixed parameters written in. */
    public ObjectNode withFixedParameters(JsonNode dataset) {
        ObjectNode copy = dataset.deepCopy();
        writeFixedParameters(copy);
        return copy;
    }

    /** Writes this version's fixed parameters into a data set being built (a year of hours is not worth copying). */
    public void writeFixedParameters(ObjectNode dataset) {
        fixedParameters.forEach((path, fixed) -> {
            String[] names = path.split("\\.");
            ObjectNode parent = dataset;
            for (int i = 0; i < names.length - 1; i++) {
                parent = parent.has(names[i]) && parent.get(names[i]).isObject()
                        ? (ObjectNode) parent.get(names[i])
                        : parent.putObject(names[i]);
            }
            parent.put(names[names.length - 1], fixed);
        });
    }

    private static JsonNode at(JsonNode dataset, String path) {
        JsonNode node = dataset;
        for (String name : path.split("\\.")) {
            node = node == null ? null : node.get(name);
        }
        return node;
    }

    private static boolean sameDecimal(String text, String fixed) {
        try {
            return new BigDecimal(text.trim()).compareTo(new BigDecimal(fixed)) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
