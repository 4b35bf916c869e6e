package org.carbonmrv.calculation.calculate;

import com.fasterxml.jackson.databind.JsonNode;
import org.carbonmrv.methodology.CanonicalJson;
import org.carbonmrv.platform.timing.ServerTiming;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Input data sets, content-addressed: stored once under the SHA-256 of their canonical JSON, never
 * changed. A version's event names its data set by that digest (docs/decisions/0007); the table
 * checks on every insert that the digest is the content's.
 */
@Component
class DatasetStore {

    /** A data set's canonical bytes and their digest: what is stored, and under which name. */
    record Canonical(byte[] bytes, String sha256) {

        static Canonical of(JsonNode dataset) {
            byte[] bytes = CanonicalJson.bytes(dataset);
            return new Canonical(bytes, CanonicalJson.sha256(bytes));
        }
    }

    private final JdbcTemplate jdbc;

    DatasetStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the data set unless it is stored already, and returns its digest. */
    String store(Canonical dataset) {
        long started = System.nanoTime();
        jdbc.update(
                "INSERT INTO datasets (sha256, content, size_bytes) VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING",
                dataset.sha256(),
                dataset.bytes(),
                dataset.bytes().length);
        ServerTiming.current().record("dataset", dataset.bytes().length + " bytes", System.nanoTime() - started);
        return dataset.sha256();
    }
}
