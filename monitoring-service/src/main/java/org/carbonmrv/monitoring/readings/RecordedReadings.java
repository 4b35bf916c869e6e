package org.carbonmrv.monitoring.readings;

import org.carbonmrv.platform.paging.Page;
import org.carbonmrv.platform.problem.DomainException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The recorded readings with their effective values, and each one's upload and corrections. */
@Repository
class RecordedReadings {

    record RecordedReading(
            long id,
            String batchId,
            String parameter,
            String source,
            Instant startsAt,
            Instant endsAt,
            String month,
            String value,
            String effectiveValue,
            String unit,
            boolean corrected) {}

    record Upload(String batchId, String sha256, String format, String recordedBy, Instant recordedAt, int row) {}

    record Correction(
            String previousValue,
            String value,
            String unit,
            String reason,
            String evidence,
            String correctedBy,
            Instant correctedAt) {}

    record History(RecordedReading reading, Upload upload, List<Correction> corrections) {}

    /** Filters that are null are not applied. */
    record Filter(String parameter, String source, String month) {}

    private final JdbcTemplate jdbc;

    RecordedReadings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Page<RecordedReading> page(String projectId, String periodId, Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE project_id = ? AND period_id = ?");
        List<Object> args = new ArrayList<>(List.of(projectId, periodId));
        if (filter.parameter() != null) {
            where.append(" AND parameter = ?");
            args.add(filter.parameter());
        }
        if (filter.source() != null) {
            where.append(" AND source = ?");
            args.add(filter.source());
        }
        if (filter.month() != null) {
            where.append(" AND month = ?");
            args.add(filter.month());
        }
        long total = jdbc.queryForObject("SELECT count(*) FROM effective_readings" + where, Long.class, args.toArray());
        args.add(size);
        args.add(Page.offset(page, size));
        List<RecordedReading> items = jdbc.query(
                "SELECT * FROM effective_readings" + where + " ORDER BY parameter, source, starts_at LIMIT ? OFFSET ?",
                (rs, i) -> reading(rs),
                args.toArray());
        return new Page<>(items, page, size, total);
    }

    RecordedReading find(String projectId, long readingId) {
        return jdbc
                .query(
                        "SELECT * FROM effective_readings WHERE id = ? AND project_id = ?",
                        (rs, i) -> reading(rs),
                        readingId,
                        projectId)
                .stream()
                .findFirst()
                .orElseThrow(() ->
                        DomainException.notFound("reading-not-found", "no reading " + readingId + " in this project"));
    }

    History history(String projectId, long readingId) {
        RecordedReading reading = find(projectId, readingId);
        Upload upload = jdbc.queryForObject(
                """
                        SELECT b.id, b.sha256, b.format, b.recorded_by, b.recorded_at, r.row_number
                        FROM readings r JOIN reading_batches b ON b.id = r.batch_id WHERE r.id = ?""",
                (rs, i) -> new Upload(
                        rs.getString("id"),
                        rs.getString("sha256"),
                        rs.getString("format"),
                        rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant(),
                        rs.getInt("row_number")),
                readingId);
        List<Correction> corrections = jdbc.query(
                "SELECT * FROM reading_corrections WHERE reading_id = ? ORDER BY id",
                (rs, i) -> new Correction(
                        rs.getBigDecimal("previous_value").toPlainString(),
                        rs.getBigDecimal("value").toPlainString(),
                        rs.getString("unit"),
                        rs.getString("reason"),
                        rs.getString("evidence"),
                        rs.getString("corrected_by"),
                        rs.getTimestamp("corrected_at").toInstant()),
                readingId);
        return new History(reading, upload, corrections);
    }

    private static RecordedReading reading(ResultSet rs) throws SQLException {
        return new RecordedReading(
                rs.getLong("id"),
                rs.getString("batch_id"),
                rs.getString("parameter"),
                rs.getString("source"),
                rs.getTimestamp("starts_at").toInstant(),
                rs.getTimestamp("ends_at").toInstant(),
                rs.getString("month") == null ? null : rs.getString("month").trim(),
                rs.getBigDecimal("value").toPlainString(),
                rs.getBigDecimal("effective_value").toPlainString(),
                rs.getString("unit"),
                rs.getBoolean("corrected"));
    }
}
