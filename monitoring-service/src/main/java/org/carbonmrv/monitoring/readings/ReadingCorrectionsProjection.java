package org.carbonmrv.monitoring.readings;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.carbonmrv.api.monitoring.ReadingCorrectedEvent;
import org.carbonmrv.monitoring.rollup.HourlySeries;
import org.carbonmrv.monitoring.rollup.MonthlyRollup;
import org.carbonmrv.platform.readmodels.RebuildableReadModel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.YearMonth;

@Component
@RebuildableReadModel(tables = {"reading_corrections"})
@ProcessingGroup("reading-batches")
class ReadingCorrectionsProjection {

    private final JdbcTemplate jdbc;
    private final MonthlyRollup rollup;
    private final HourlySeries hourlySeries;

    ReadingCorrectionsProjection(JdbcTemplate jdbc, MonthlyRollup rollup, HourlySeries hourlySeries) {
        this.jdbc = jdbc;
        this.rollup = rollup;
        this.hourlySeries = hourlySeries;
    }

    @EventHandler
    void on(ReadingCorrectedEvent e, @MetaDataValue("actor") String actor, @Timestamp Instant at) {
        jdbc.update(
                """
                        INSERT INTO reading_corrections (reading_id, batch_id, previous_value, value, unit, reason, evidence,
                                                         corrected_by, corrected_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                e.readingId(),
                e.batchId(),
                e.previousValue(),
                e.correctedValue(),
                e.unit(),
                e.reason(),
                e.evidence(),
                actor,
                java.sql.Timestamp.from(at));
        jdbc.query(
                "SELECT period_id, month, extract(epoch FROM starts_at)::bigint AS starts FROM readings WHERE id = ?",
                rs -> {
                    String month = rs.getString("month");
                    rollup.recompute(
                            e.projectId(),
                            rs.getString("period_id"),
                            e.parameter(),
                            e.source(),
                            month == null ? null : YearMonth.parse(month.trim()));
                    hourlySeries.corrected(
                            e.projectId(),
                            rs.getString("period_id"),
                            e.parameter(),
                            e.source(),
                            rs.getLong("starts"),
                            e.correctedValue());
                },
                e.readingId());
    }
}
