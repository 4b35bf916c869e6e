package org.carbonmrv.registry.register;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.carbonmrv.api.registry.SerialRange;
import org.carbonmrv.platform.paging.Page;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The public register, read only: every issuance, where each serial is now, each project's
 * credits by vintage, and the retirements and cancellations with their reasons.
 */
@Repository
class PublicRegister {

    /** Who holds a serial now, and whether it is live, retired or cancelled. */
    record SerialHolding(
            String serials,
            String accountId,
            String state,
            long serialStart,
            long serialEnd,
            int vintage,
            int batch,
            String projectId,
            String issuanceId,
            String retirementId) {}

    /** A project's credits of one vintage: issued, and how many of them are live, retired and cancelled now. */
    record VintageCredits(
            String projectId, int vintage, long issued, long live, long retired, long cancelled, long issuances) {}

    record RetirementView(
            String id,
            String accountId,
            long quantity,
            List<String> serials,
            String beneficiary,
            String purpose,
            String reason,
            String jurisdiction,
            String retiredBy,
            Instant retiredAt) {}

    record CancellationView(
            String id,
            String accountId,
            long quantity,
            List<String> serials,
            String kind,
            String reason,
            Instant cancelledAt) {}

    /** Only the movements that took credits of this project and vintage; null for any. */
    record Filter(String projectId, Integer vintage) {}

    /** The size that asks for every item at once (the CSV exports). */
    static final int WHOLE_LIST = 0;

    private static final TypeReference<List<SerialRange>> RANGES = new TypeReference<>() {};

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final BlockRows blocks;

    PublicRegister(JdbcTemplate jdbc, ObjectMapper json, BlockRows blocks) {
        this.jdbc = jdbc;
        this.json = json;
        this.blocks = blocks;
    }

    /** Every issuance as one block, however its serials have moved since; {@link #WHOLE_LIST} for all of them. */
    Page<BlockView> issuances(Filter filter, int page, int size) {
        String grouped = """
                SELECT b.issuance_id, b.project_id, b.report_id, b.report_version, b.vintage, b.batch,
                       min(b.serial_start) AS serial_start, max(b.serial_end) AS serial_end, sum(b.quantity) AS quantity,
                       b.methodology, b.dataset_digest, b.issued_at, 'ISSUED' AS state,
                """ + BlockRows.PROJECT_FACTS + """
                WHERE (?::text IS NULL OR b.project_id = ?) AND (?::int IS NULL OR b.vintage = ?)
                GROUP BY b.issuance_id, b.project_id, b.report_id, b.report_version, b.vintage, b.batch, b.methodology,
                         b.dataset_digest, b.issued_at, p.number, p.country, p.subdivision, p.methodology_id, p.owner_organisation
                ORDER BY min(b.serial_start)""";
        Object[] args = {filter.projectId(), filter.projectId(), filter.vintage(), filter.vintage()};
        long total = jdbc.queryForObject("""
                SELECT count(DISTINCT issuance_id) FROM serial_blocks b
                WHERE (?::text IS NULL OR b.project_id = ?) AND (?::int IS NULL OR b.vintage = ?)""", Long.class, args);
        List<BlockView> items = size == WHOLE_LIST
                ? jdbc.query(grouped, (rs, i) -> blocks.block(rs), args)
                : jdbc.query(
                        grouped + " LIMIT ? OFFSET ?",
                        (rs, i) -> blocks.block(rs),
                        filter.projectId(),
                        filter.projectId(),
                        filter.vintage(),
                        filter.vintage(),
                        size,
                        Page.offset(page, size));
        return new Page<>(items, page, size == WHOLE_LIST ? items.size() : size, total);
    }

    Optional<SerialHolding> serial(long serial) {
        return jdbc
                .query(
                        """
                SELECT b.account_id, b.state, b.serial_start, b.serial_end, b.vintage, b.batch, b.project_id, b.issuance_id,
                       (SELECT r.id FROM retirements r, jsonb_array_elements(r.serials) s
                         WHERE (s->>'start')::bigint <= ? AND (s->>'end')::bigint >= ? LIMIT 1) AS retirement_id,
                """ + BlockRows.PROJECT_FACTS + """
                WHERE b.serial_start <= ? AND b.serial_end >= ?""",
                        (rs, i) -> new SerialHolding(
                                blocks.serials(rs),
                                rs.getString("account_id"),
                                rs.getString("state"),
                                rs.getLong("serial_start"),
                                rs.getLong("serial_end"),
                                rs.getInt("vintage"),
                                rs.getInt("batch"),
                                rs.getString("project_id"),
                                rs.getString("issuance_id"),
                                rs.getString("retirement_id")),
                        serial,
                        serial,
                        serial,
                        serial)
                .stream()
                .findFirst();
    }

    /** A project's credits by vintage, from the blocks as they stand. */
    List<VintageCredits> projectByVintage(String projectId, Integer vintage) {
        return jdbc.query("""
                SELECT project_id, vintage, sum(quantity) AS issued,
                       coalesce(sum(quantity) FILTER (WHERE state = 'LIVE'), 0) AS live,
                       coalesce(sum(quantity) FILTER (WHERE state = 'RETIRED'), 0) AS retired,
                       coalesce(sum(quantity) FILTER (WHERE state = 'CANCELLED'), 0) AS cancelled,
                       count(DISTINCT issuance_id) AS issuances
                FROM serial_blocks WHERE project_id = ? AND (?::int IS NULL OR vintage = ?::int)
                GROUP BY project_id, vintage ORDER BY vintage""", DataClassRowMapper.newInstance(VintageCredits.class), projectId, vintage, vintage);
    }

    /** Newest first; {@link #WHOLE_LIST} for all of them (the CSV export). */
    Page<RetirementView> retirements(Filter filter, int page, int size) {
        return movements("retirements", "retired_at", filter, page, size, this::retirement);
    }

    /** Newest first; {@link #WHOLE_LIST} for all of them (the CSV export). */
    Page<CancellationView> cancellations(Filter filter, int page, int size) {
        return movements(
                "cancellations",
                "cancelled_at",
                filter,
                page,
                size,
                (rs, i) -> new CancellationView(
                        rs.getString("id"),
                        rs.getString("account_id"),
                        rs.getLong("quantity"),
                        ranges(rs.getString("serials")),
                        rs.getString("kind"),
                        rs.getString("reason"),
                        rs.getTimestamp("cancelled_at").toInstant()));
    }

    /** A retirement certificate: who retired which serials, for whom and why. */
    Optional<RetirementView> retirement(String id) {
        RowMapper<RetirementView> mapper = this::retirement;
        return jdbc.query("SELECT * FROM retirements WHERE id = ?", mapper, id).stream()
                .findFirst();
    }

    private RetirementView retirement(ResultSet rs, int row) throws SQLException {
        return new RetirementView(
                rs.getString("id"),
                rs.getString("account_id"),
                rs.getLong("quantity"),
                ranges(rs.getString("serials")),
                rs.getString("beneficiary"),
                rs.getString("purpose"),
                rs.getString("reason"),
                rs.getString("jurisdiction"),
                rs.getString("retired_by"),
                rs.getTimestamp("retired_at").toInstant());
    }

    /**
     * Retirements or cancellations, optionally only those that took credits of one project and
     * vintage (blocks split at every movement, so the moved blocks lie inside the movement's ranges).
     */
    private <T> Page<T> movements(String table, String at, Filter filter, int page, int size, RowMapper<T> mapper) {
        String where = " m WHERE (?::text IS NULL AND ?::int IS NULL) OR EXISTS ("
                + "SELECT 1 FROM serial_blocks b, jsonb_array_elements(m.serials) s "
                + "WHERE b.serial_start >= (s->>'start')::bigint AND b.serial_end <= (s->>'end')::bigint "
                + "AND (?::text IS NULL OR b.project_id = ?) AND (?::int IS NULL OR b.vintage = ?))";
        Object[] args = {
            filter.projectId(),
            filter.vintage(),
            filter.projectId(),
            filter.projectId(),
            filter.vintage(),
            filter.vintage()
        };
        long total = jdbc.queryForObject("SELECT count(*) FROM " + table + where, Long.class, args);
        String select = "SELECT m.* FROM " + table + where + " ORDER BY " + at + " DESC, id";
        List<T> items = size == WHOLE_LIST
                ? jdbc.query(select, mapper, args)
                : jdbc.query(
                        select + " LIMIT ? OFFSET ?",
                        mapper,
                        filter.projectId(),
                        filter.vintage(),
                        filter.projectId(),
                        filter.projectId(),
                        filter.vintage(),
                        filter.vintage(),
                        size,
                        Page.offset(page, size));
        return new Page<>(items, page, size == WHOLE_LIST ? items.size() : size, total);
    }

    private List<String> ranges(String serials) {
        try {
            return json.readValue(serials, RANGES).stream()
                    .map(r -> r.start() + ".." + r.end())
                    .toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored serial range list that is not JSON: " + serials, e);
        }
    }
}
