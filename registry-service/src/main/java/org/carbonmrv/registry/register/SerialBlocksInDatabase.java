package org.carbonmrv.registry.register;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.time.OffsetDateTime;
import java.util.Optional;

/** The serial blocks as the live projection keeps them: every change a statement in the ledger's transaction. */
final class SerialBlocksInDatabase implements SerialBlockStore {

    static final String INSERT = """
            INSERT INTO serial_blocks (issuance_id, account_id, project_id, report_id, report_version, vintage,
                                       serial_start, serial_end, quantity, methodology, dataset_digest, issued_at, state,
                                       batch)
            """;

    private static final RowMapper<SerialBlock> BLOCK = (rs, n) -> new SerialBlock(
            rs.getString("issuance_id"),
            rs.getString("account_id"),
            rs.getString("project_id"),
            rs.getString("report_id"),
            rs.getInt("report_version"),
            rs.getInt("vintage"),
            rs.getLong("serial_start"),
            rs.getLong("serial_end"),
            rs.getString("methodology"),
            rs.getString("dataset_digest"),
            rs.getObject("issued_at", OffsetDateTime.class),
            rs.getString("state"),
            rs.getInt("batch"));

    private final JdbcTemplate jdbc;

    SerialBlocksInDatabase(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int nextBatch(String projectId) {
        return jdbc.queryForObject(
                "SELECT count(DISTINCT issuance_id) + 1 FROM serial_blocks WHERE project_id = ?",
                Integer.class,
                projectId);
    }

    @Override
    public Optional<SerialBlock> startingAtOrBelow(long serial) {
        // found from the top of the key: one index step, however many blocks
        return jdbc
                .query(
                        "SELECT * FROM serial_blocks WHERE serial_start <= ? ORDER BY serial_start DESC LIMIT 1",
                        BLOCK,
                        serial)
                .stream()
                .findFirst();
    }

    @Override
    public void remove(SerialBlock block) {
        jdbc.update("DELETE FROM serial_blocks WHERE serial_start = ?", block.serialStart());
    }

    @Override
    public void add(SerialBlock b) {
        jdbc.update(
                INSERT + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                b.issuanceId(),
                b.accountId(),
                b.projectId(),
                b.reportId(),
                b.reportVersion(),
                b.vintage(),
                b.serialStart(),
                b.serialEnd(),
                b.quantity(),
                b.methodology(),
                b.datasetDigest(),
                b.issuedAt(),
                b.state(),
                b.batch());
    }

    @Override
    public void append(String insert, Object... values) {
        jdbc.update(insert, values);
    }
}
