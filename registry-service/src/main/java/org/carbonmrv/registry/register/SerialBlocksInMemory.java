package org.carbonmrv.registry.register;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/**
 * The serial blocks as a rebuild replays them: every block in memory, ordered by its first
 * serial as the table's key is, so a movement costs no round trip. {@link #write()} inserts the
 * blocks changed since it last ran from arrays, ten thousand to a statement, after deleting the
 * rows it had written for them before, and the public records in batches. A rebuild starts from
 * empty tables, so memory holds every block there is: as many rows as the table has.
 */
final class SerialBlocksInMemory implements SerialBlockStore {

    private record Appended(String insert, Object[] values) {}

    /** Blocks to an insert: arrays of this size are a few hundred kilobytes. */
    private static final int SLICE = 10_000;

    private final JdbcTemplate jdbc;
    private final TreeMap<Long, SerialBlock> blocks = new TreeMap<>();
    private final Map<String, Set<String>> issuancesOfProject = new HashMap<>();
    private final Set<Long> changedSinceWritten = new LinkedHashSet<>();
    private final List<Appended> appended = new ArrayList<>();
    private boolean written;

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
        changedSinceWritten.add(block.serialStart());
    }

    @Override
    public void add(SerialBlock block) {
        blocks.put(block.serialStart(), block);
        changedSinceWritten.add(block.serialStart());
        issuancesOfProject
                .computeIfAbsent(block.projectId(), p -> new HashSet<>())
                .add(block.issuanceId());
    }

    @Override
    public void append(String insert, Object... values) {
        appended.add(new Appended(insert, values));
    }

    /** Writes what changed since it last ran, in the caller's transaction. */
    void write() {
        if (!changedSinceWritten.isEmpty()) {
            jdbc.execute((ConnectionCallback<Void>) this::writeChangedBlocks);
            changedSinceWritten.clear();
        }
        written = true;
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

    private Void writeChangedBlocks(Connection connection) throws SQLException {
        if (written) {
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM serial_blocks WHERE serial_start = ANY (?)")) {
                delete.setArray(1, connection.createArrayOf("int8", changedSinceWritten.toArray(Long[]::new)));
                delete.executeUpdate();
            }
        }
        List<SerialBlock> slice = new ArrayList<>(SLICE);
        for (Long start : changedSinceWritten) {
            SerialBlock block = blocks.get(start);
            if (block != null) {
                slice.add(block);
            }
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

    private static void insert(Connection connection, List<SerialBlock> written) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(SerialBlocksInDatabase.INSERT + """
                SELECT * FROM unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::int[], ?::int[],
                                     ?::bigint[], ?::bigint[], ?::bigint[], ?::varchar[], ?::varchar[], ?::timestamptz[],
                                     ?::varchar[], ?::int[])""")) {
            int column = 0;
            insert.setArray(++column, texts(connection, written, SerialBlock::issuanceId));
            insert.setArray(++column, texts(connection, written, SerialBlock::accountId));
            insert.setArray(++column, texts(connection, written, SerialBlock::projectId));
            insert.setArray(++column, texts(connection, written, SerialBlock::reportId));
            insert.setArray(++column, ints(connection, written, SerialBlock::reportVersion));
            insert.setArray(++column, ints(connection, written, SerialBlock::vintage));
            insert.setArray(++column, longs(connection, written, SerialBlock::serialStart));
            insert.setArray(++column, longs(connection, written, SerialBlock::serialEnd));
            insert.setArray(++column, longs(connection, written, SerialBlock::quantity));
            insert.setArray(++column, texts(connection, written, SerialBlock::methodology));
            insert.setArray(++column, texts(connection, written, SerialBlock::datasetDigest));
            insert.setArray(
                    ++column,
                    texts(connection, written, b -> b.issuedAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)));
            insert.setArray(++column, texts(connection, written, SerialBlock::state));
            insert.setArray(++column, ints(connection, written, SerialBlock::batch));
            insert.executeUpdate();
        }
    }

    private static Array texts(Connection connection, List<SerialBlock> blocks, Function<SerialBlock, String> column)
            throws SQLException {
        return connection.createArrayOf("text", blocks.stream().map(column).toArray(String[]::new));
    }

    private static Array ints(Connection connection, List<SerialBlock> blocks, ToIntFunction<SerialBlock> column)
            throws SQLException {
        return connection.createArrayOf(
                "int4", blocks.stream().map(b -> column.applyAsInt(b)).toArray(Integer[]::new));
    }

    private static Array longs(Connection connection, List<SerialBlock> blocks, ToLongFunction<SerialBlock> column)
            throws SQLException {
        return connection.createArrayOf(
                "int8", blocks.stream().map(b -> column.applyAsLong(b)).toArray(Long[]::new));
    }
}
