package org.carbonmrv.methodology;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One data set calculated under the version a project pins and restated under another version of
 * the same methodology, figure by figure. Nothing is credited from it: it answers "what would
 * this period give under that version", for a registry, an auditor or a programme change.
 */
public record Requantification(
        String pinned,
        String requantifiedUnder,
        String datasetDigest,
        String restatedDatasetDigest,
        Map<String, String> restatedParameters,
        List<Figure> figures) {

    /** A headline figure under both versions; {@code difference} is requantified − pinned, when both are numbers. */
    public record Figure(String symbol, String pinned, String requantified, String difference) {}

    public static Requantification of(JsonNode dataset, Methodology pinned, Methodology other) {
        if (!pinned.id().equals(other.id())) {
            throw new DatasetException(
                    "methodologyVersion",
                    "only versions of " + pinned.id() + " read this data set; " + other.key()
                            + " is another methodology");
        }
        Calculation before = pinned.calculate(dataset);
        ObjectNode restated = other.restate(dataset);
        Calculation after = other.calculate(restated);
        List<Figure> figures = new ArrayList<>();
        before.results().forEach((symbol, value) -> {
            String requantified = after.results().get(symbol);
            figures.add(new Figure(symbol, value, requantified, difference(value, requantified)));
        });
        Map<String, String> parameters = new TreeMap<>(other.catalogueEntry().fixedParameters());
        parameters
                .entrySet()
                .removeIf(e -> e.getValue()
                        .equals(pinned.catalogueEntry().fixedParameters().get(e.getKey())));
        return new Requantification(
                pinned.key(),
                other.key(),
                CanonicalJson.sha256(dataset),
                CanonicalJson.sha256(restated),
                parameters,
                figures);
    }

    private static String difference(String before, String after) {
        try {
            return new BigDecimal(after).subtract(new BigDecimal(before)).toPlainString();
        } catch (NumberFormatException | NullPointerException e) {
            return null; // a flag such as bypass_substitute_cap_exceeded has no difference, only two values
        }
    }
}
