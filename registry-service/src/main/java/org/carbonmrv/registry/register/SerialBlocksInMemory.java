package org.carbonmrv.registry.register;

import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import static org.carbonmrv.platform.copy.CopyText.escape;

/**
 * The serial blocks as a rebuild replays them: every block in memory, ordered by its first
 * serial as the table's key is, so a movement costs no round trip. {@link #write()} puts every
 * block into the table with COPY, ten thousand at a time, and the public records in batches. A
 * rebuild starts from nothing, so memory holds every block there is: as many rows as the table has.
 */
final class SerialBlocksInMemory implements SerialBlockStore {

    private record Appended(String insert, Object[] values) {}

    /** Blocks to a COPY: a few megabytes of text. */
    private static final int SLICE = 10_000;

    private static final String COPY =
            "COPY serial_blocks (issuance_id, account_id, project_id, report_id, report_version,"
                    + " vintage, serial_start, serial_end, quantity, methodology, dataset_digest, issued_at, state, batch) FROM STDIN";

    private final JdbcTemplate jdbc;
    private final TreeMap<Long, SerialBlock> blocks = new TreeMap<>();
    private final Map<String, Set<String>> issuancesOfProject = new HashMap<>();
    /** One string per account: each event brings its own copy, and a long history holds millions of blocks. */
    private final Map<String, String> accountIds = new HashMap<>();

    private final List<Appended> appended = new ArrayList<>();

    SerialBlocksInMemory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int nextBatch(String projectId) {
        return issuancesOfProject.getOrDefault(projectId, Set.of()).size() + 1;
    }

    @Override
    public Optional<SerialBlock> startingAtOrBelow(long serial) {
        var floor = blocks.floorEntry(serial);
        return floor == null ? Optional.empty() : Optional.of(floor.getValue());
    }

    @Override
    public void remove(SerialBlock block) {
        blocks.remove(block.serialStart());
    }

    @Override
    public void add(SerialBlock block) {
        String account = accountIds.computeIfAbsent(block.accountId(), a -> a);
        blocks.put(
                block.serialStart(),
                account == block.accountId()
                        ? block
                        : block.part(block.serialStart(), block.serialEnd(), account, block.state()));
        issuancesOfProject
                .computeIfAbsent(block.projectId(), p -> new HashSet<>())
                .add(block.issuanceId());
    }

    @Override
    public void append(String insert, Object... values) {
        appended.add(new Appended(insert, values));
    }

    /** Writes every block and record into the empty tables, in the caller's transaction; once. */
    void write() {
        jdbc.execute((ConnectionCallback<Void>) this::writeBlocks);
        int from = 0;
        while (from < appended.size()) {
            String insert = appended.get(from).insert();
            List<Object[]> rows = new ArrayList<>();
            // consecutive inserts into one table go in one batch; the order of the events is kept
            while (from < appended.size() && appended.get(from).insert().equals(insert)) {
                rows.add(appended.get(from++).values());
            }
            jdbc.batchUpdate(insert, rows);
        }
        appended.clear();
    }

    private Void writeBlocks(Connection connection) throws SQLException {
        List<SerialBlock> slice = new ArrayList<>(SLICE);
        for (SerialBlock block : blocks.values()) {
            slice.add(block);
            if (slice.size() == SLICE) {
                insert(connection, slice);
                slice.clear();
            }
        }
        if (!slice.isEmpty()) {
            insert(connection, slice);
        }
        return null;
    }

    /** The blocks in one COPY: each field as PostgreSQL's text format has it, no statement per row. */
    private static void insert(Connection connection, List<SerialBlock> written) throws SQLException {
        StringBuilder rows = new StringBuilder(written.size() * 200);
        Map<OffsetDateTime, String> issuedAt = new HashMap<>();
        for (SerialBlock b : written) {
            rows.append(escape(b.issuanceId()))
                    .append('\t')
                    .append(escape(b.accountId()))
                    .append('\t')
                    .append(escape(b.projectId()))
                    .append('\t')
                    .append(escape(b.reportId()))
                    .append('\t')
                    .append(b.reportVersion())
                    .append('\t')
                    .append(b.vintage())
                    .append('\t')
                    .append(b.serialStart())
                    .append('\t')
                    .append(b.serialEnd())
                    .append('\t')
                    .append(b.quantity())
                    .append('\t')
                    .append(escape(b.methodology()))
                    .append('\t')
                    .append(escape(b.datasetDigest()))
                    .append('\t')
                    // the blocks of an issuance share its moment: formatted once
                    .append(issuedAt.computeIfAbsent(b.issuedAt(), DateTimeFormatter.ISO_OFFSET_DATE_TIME::format))
                    .append('\t')
                    .append(escape(b.state()))
                    .append('\t')
                    .append(b.batch())
                    .append('\n');
        }
        try {
            connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn(COPY, new ByteArrayInputStream(rows.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new SQLException("could not write the serial blocks: " + e.getMessage(), e);
        }
    }
}
