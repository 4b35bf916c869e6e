package org.carbonmrv.audit.recompute;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.carbonmrv.audit.merkle.Hash;
import org.carbonmrv.audit.readings.ReadingRowsDigest;
import org.carbonmrv.methodology.Calculation;
import org.carbonmrv.methodology.Methodology;
import org.carbonmrv.methodology.MethodologyCatalogue;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Recomputes a report version from what the history holds: the version's event (methodology
 * version, data set digest, results), the approval that pinned it, the stored data set, and the
 * reading batches of its period recorded before it, each against its rows digest, and the data set
 * assembled again from those readings ({@link DatasetFromReadings}). The pinned methodology version
 * is run again on the data set and each headline figure compared.
 */
public final class Recomputation {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private Recomputation() {}

    public static Optional<Recomputed> of(Connection connection, String reportId, int version) throws SQLException {
        Optional<Stored> calculated = event(connection, "ReductionsCalculatedEvent", reportId, version);
        if (calculated.isEmpty()) {
            return Optional.empty();
        }
        JsonNode event = calculated.get().payload();
        String digest = event.get("datasetDigest").asText();
        String methodologyId = event.get("methodologyId").asText();
        String methodologyVersion = event.get("methodologyVersion").asText();
        List<Link> links = new ArrayList<>();

        Optional<Stored> approved = event(connection, "ReductionReportApprovedEvent", reportId, version);
        links.add(approved.map(a -> {
                    String pinned = a.payload().get("datasetDigest").asText();
                    return new Link(
                            "the approval pins this version's data set",
                            pinned.equals(digest),
                            "approval event " + a.globalIndex() + " pins " + pinned);
                })
                .orElse(new Link("the approval pins this version's data set", true, "this version was not approved")));

        byte[] content = dataset(connection, digest);
        if (content == null) {
            links.add(new Link("the data set is stored under its digest", false, "no data set " + digest));
            return Optional.of(
                    new Recomputed(reportId, version, methodologyId, methodologyVersion, digest, links, List.of()));
        }
        String actual = Hash.sha256(content).hex();
        links.add(new Link(
                "the data set is stored under its digest",
                actual.equals(digest),
                "SHA-256 of the stored content " + actual));

        String projectId = event.get("projectId").asText();
        String periodId = event.get("reportingPeriodId").asText();
        List<String> batchIds = new ArrayList<>();
        links.addAll(batches(connection, projectId, periodId, calculated.get().globalIndex(), batchIds));

        Optional<Methodology> methodology = MethodologyCatalogue.find(methodologyId, methodologyVersion);
        if (methodology.isEmpty()) {
            links.add(new Link(
                    "the pinned methodology version is in the engine",
                    false,
                    methodologyId + " " + methodologyVersion + " is not in this engine's catalogue"));
            return Optional.of(
                    new Recomputed(reportId, version, methodologyId, methodologyVersion, digest, links, List.of()));
        }
        JsonNode dataset = json(content);
        links.add(DatasetFromReadings.check(
                connection,
                methodology.get(),
                projectId,
                periodId,
                batchIds,
                calculated.get().globalIndex(),
                digest,
                dataset));
        List<Figure> figures = compare(event.get("results"), methodology.get().calculate(dataset));
        return Optional.of(
                new Recomputed(reportId, version, methodologyId, methodologyVersion, digest, links, figures));
    }

    /** Figure by figure; a figure only one side has is a difference too. */
    static List<Figure> compare(JsonNode recordedResults, Calculation recomputed) {
        Map<String, String> again = recomputed.results();
        TreeSet<String> names = new TreeSet<>(again.keySet());
        recordedResults.fieldNames().forEachRemaining(names::add);
        List<Figure> figures = new ArrayList<>();
        for (String name : names) {
            String recorded =
                    recordedResults.hasNonNull(name) ? recordedResults.get(name).asText() : null;
            String now = again.get(name);
            figures.add(new Figure(name, recorded, now, sameNumber(recorded, now)));
        }
        return figures;
    }

    private static boolean sameNumber(String a, String b) {
        if (a == null || b == null) {
            return a == b;
        }
        try {
            return new BigDecimal(a).compareTo(new BigDecimal(b)) == 0 && a.equals(b);
        } catch (NumberFormatException text) {
            return a.equals(b);
        }
    }

    /**
     * The reading batches of the period recorded before the version, each against the rows digest its
     * event carries; their ids are added to {@code ids}.
     */
    private static List<Link> batches(
            Connection connection, String projectId, String periodId, long before, List<String> ids)
            throws SQLException {
        List<Link> links = new ArrayList<>();
        try (PreparedStatement select =
                connection.prepareStatement("SELECT global_index, payload FROM eventstore.domain_event_entry"
                        + " WHERE payload_type = 'org.carbonmrv.api.monitoring.ReadingBatchRecordedEvent' AND global_index < ?"
                        + " ORDER BY global_index")) {
            select.setLong(1, before);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    JsonNode batch = json(rows.getBytes(2));
                    if (!projectId.equals(batch.path("projectId").asText())
                            || !periodId.equals(batch.path("reportingPeriodId").asText())) {
                        continue;
                    }
                    String id = batch.get("batchId").asText();
                    ids.add(id);
                    if (!batch.hasNonNull("rowsDigest")) {
                        links.add(new Link(
                                "reading batch " + id + " is as recorded",
                                true,
                                "recorded before batches carried a rows digest: covered by its upload digest only"));
                        continue;
                    }
                    String stored = rowsDigest(connection, id);
                    links.add(new Link(
                            "reading batch " + id + " is as recorded",
                            stored.equals(batch.get("rowsDigest").asText()),
                            batch.get("rowCount").asLong() + " rows, event " + rows.getLong(1)));
                }
            }
        }
        return links;
    }

    private static String rowsDigest(Connection connection, String batchId) throws SQLException {
        ReadingRowsDigest digest = new ReadingRowsDigest();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + ReadingRowsDigest.STORED_COLUMNS
                + " FROM monitoring_service.readings WHERE batch_id = ? ORDER BY row_number, id")) {
            select.setString(1, batchId);
            select.setFetchSize(5000);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    digest.addStored(rows, 1);
                }
            }
        }
        return digest.hex();
    }

    private static byte[] dataset(Connection connection, String digest) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT content FROM calculation_service.datasets WHERE sha256 = ?")) {
            select.setString(1, digest);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getBytes(1) : null;
            }
        }
    }

    record Stored(long globalIndex, JsonNode payload) {}

    private static Optional<Stored> event(Connection connection, String type, String reportId, int version)
            throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT global_index, payload FROM eventstore.domain_event_entry"
                        + " WHERE aggregate_identifier = ? AND payload_type = ? ORDER BY sequence_number")) {
            select.setString(1, reportId);
            select.setString(2, "org.carbonmrv.api.calculation." + type);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    JsonNode payload = json(rows.getBytes(2));
                    if (payload.path("version").asInt() == version) {
                        return Optional.of(new Stored(rows.getLong(1), payload));
                    }
                }
            }
        }
        return Optional.empty();
    }

    static JsonNode json(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON", e);
        }
    }
}
