package org.carbonmrv.audit.recompute;

import com.fasterxml.jackson.databind.JsonNode;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a credit comes from, each link checked: the serial's block in the registry, the issuance
 * event that created it, the approval of the report version it was issued for, and that version
 * recomputed from its data set and reading batches.
 */
public final class Provenance {

    /** The chain of one serial: each link, the movements of the serial since its issuance, the version recomputed. */
    public record OfSerial(long serial, List<Link> links, List<String> movements, Recomputed recomputed) {
        public boolean holds() {
            return links.stream().allMatch(Link::holds) && (recomputed == null || recomputed.holds());
        }
    }

    private Provenance() {}

    public static Optional<OfSerial> ofSerial(Connection connection, long serial) throws SQLException {
        JsonNode issuance = null;
        long issuanceEvent = 0;
        List<String> movements = new ArrayList<>();
        String lastMovement = null;
        JsonNode last = null;
        try (PreparedStatement select = connection.prepareStatement("SELECT global_index, payload_type, payload"
                + " FROM eventstore.domain_event_entry WHERE payload_type IN ("
                + " 'org.carbonmrv.api.registry.CreditsIssuedEvent', 'org.carbonmrv.api.registry.CreditsTransferredEvent',"
                + " 'org.carbonmrv.api.registry.CreditsRetiredEvent', 'org.carbonmrv.api.registry.CreditsCancelledEvent',"
                + " 'org.carbonmrv.api.registry.CreditsReversedEvent') ORDER BY global_index")) {
            select.setFetchSize(2000);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String type = rows.getString(2).substring(rows.getString(2).lastIndexOf('.') + 1);
                    JsonNode payload = Recomputation.json(rows.getBytes(3));
                    if (type.equals("CreditsIssuedEvent")) {
                        if (payload.get("serialStart").asLong() <= serial
                                && serial <= payload.get("serialEnd").asLong()) {
                            issuance = payload;
                            issuanceEvent = rows.getLong(1);
                        }
                    } else if (issuance != null && covers(payload, serial)) {
                        movements.add(type + " (event " + rows.getLong(1) + ")");
                        lastMovement = type;
                        last = payload;
                    }
                }
            }
        }
        if (issuance == null) {
            return Optional.empty();
        }
        List<Link> links = new ArrayList<>();
        links.add(block(connection, serial, issuance, issuanceEvent, lastMovement, last));
        String reportId = issuance.get("reportId").asText();
        int version = issuance.get("reportVersion").asInt();
        Optional<Recomputed> recomputed = Recomputation.of(connection, reportId, version);
        boolean approved = recomputed.isPresent()
                && recomputed
                        .get()
                        .datasetDigest()
                        .equals(issuance.get("datasetDigest").asText());
        links.add(new Link(
                "the issuance is of an approved version's data set",
                approved,
                "issuance event " + issuanceEvent + ": report " + reportId + " version " + version + ", data set "
                        + issuance.get("datasetDigest").asText()));
        return Optional.of(new OfSerial(serial, links, movements, recomputed.orElse(null)));
    }

    private static boolean covers(JsonNode movement, long serial) {
        JsonNode serials = movement.get("serials");
        if (serials == null || !serials.isArray()) {
            return false;
        }
        for (JsonNode range : serials) {
            if (range.get("start").asLong() <= serial
                    && serial <= range.get("end").asLong()) {
                return true;
            }
        }
        return false;
    }

    /** The registry's block holding the serial: of this issuance, in the state its last movement says. */
    private static Link block(
            Connection connection,
            long serial,
            JsonNode issuance,
            long issuanceEvent,
            String lastMovement,
            JsonNode last)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT issuance_id, account_id, state, report_id,"
                + " report_version, dataset_digest, serial_start, serial_end FROM registry_service.serial_blocks"
                + " WHERE serial_start <= ? AND serial_end >= ?")) {
            select.setLong(1, serial);
            select.setLong(2, serial);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return new Link("the registry's block holds the serial", false, "no block holds serial " + serial);
                }
                String state = row.getString(3);
                String expectedState = lastMovement == null || lastMovement.equals("CreditsTransferredEvent")
                        ? "LIVE"
                        : lastMovement.equals("CreditsRetiredEvent")
                                ? "RETIRED"
                                : lastMovement.equals("CreditsCancelledEvent") ? "CANCELLED" : state;
                String expectedAccount = lastMovement == null
                        ? issuance.get("holdingAccountId").asText()
                        : lastMovement.equals("CreditsTransferredEvent")
                                ? last.get("toAccount").asText()
                                : row.getString(2);
                boolean holds = row.getString(1)
                                .equals(issuance.get("issuanceId").asText())
                        && row.getString(4).equals(issuance.get("reportId").asText())
                        && row.getInt(5) == issuance.get("reportVersion").asInt()
                        && row.getString(6)
                                .trim()
                                .equals(issuance.get("datasetDigest").asText())
                        && state.equals(expectedState)
                        && row.getString(2).equals(expectedAccount);
                return new Link(
                        "the registry's block holds the serial as its events say",
                        holds,
                        "block " + row.getLong(7) + ".." + row.getLong(8) + " in " + row.getString(2) + ", " + state
                                + "; by the events: issuance event " + issuanceEvent + ", then "
                                + (lastMovement == null ? "no movement" : lastMovement) + " → " + expectedAccount + ", "
                                + expectedState);
            }
        }
    }
}
