package org.carbonmrv.audit.readings;

import org.carbonmrv.audit.merkle.Hash;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The SHA-256 of a reading batch's rows as stored, in row order: the monitoring service computes
 * it while it writes the rows and puts it in the batch's event; a verification computes it again
 * from the table. The event is sealed, so a row changed afterwards shows.
 *
 * <p>One line per row: row number, parameter, source, start and end in epoch microseconds (what
 * PostgreSQL keeps of an instant), month or empty, value as plain text with its scale, unit,
 * quality or empty; tab-separated, with tabs, line breaks and backslashes in text escaped.
 */
public final class ReadingRowsDigest {

    private final MessageDigest digest = Hash.newDigest();
    private final StringBuilder line = new StringBuilder(128);
    private long rows;

    public void add(
            long row,
            String parameter,
            String source,
            Instant startsAt,
            Instant endsAt,
            String month,
            BigDecimal value,
            String unit,
            String quality) {
        line.setLength(0);
        line.append(row)
                .append('\t')
                .append(escape(parameter))
                .append('\t')
                .append(escape(source))
                .append('\t')
                .append(micros(startsAt))
                .append('\t')
                .append(micros(endsAt))
                .append('\t')
                .append(month == null ? "" : month.trim())
                .append('\t')
                .append(value.toPlainString())
                .append('\t')
                .append(escape(unit))
                .append('\t')
                .append(quality == null ? "" : escape(quality))
                .append('\n');
        digest.update(line.toString().getBytes(StandardCharsets.UTF_8));
        rows++;
    }

    /** The columns a stored row is read with, in the order {@link #addStored} takes them. */
    public static final String STORED_COLUMNS =
            "row_number, parameter, source, starts_at, ends_at, month, value, unit, quality";

    /** A row of {@code monitoring_service.readings} as stored, its columns from {@code first} in {@link #STORED_COLUMNS} order. */
    public void addStored(ResultSet row, int first) throws SQLException {
        add(
                row.getLong(first),
                row.getString(first + 1),
                row.getString(first + 2),
                row.getObject(first + 3, OffsetDateTime.class).toInstant(),
                row.getObject(first + 4, OffsetDateTime.class).toInstant(),
                row.getString(first + 5),
                row.getBigDecimal(first + 6),
                row.getString(first + 7),
                row.getString(first + 8));
    }

    public long rows() {
        return rows;
    }

    public String hex() {
        return new Hash(digest.digest()).hex();
    }

    private static long micros(Instant at) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, at);
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\")
                .replace("\t", "\\t")
                .replace("\n", "\\n")
                .replace("\r", "\\r");
    }
}
