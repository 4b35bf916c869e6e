package org.carbonmrv.monitoring.operatinglog;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.carbonmrv.api.monitoring.DowntimeEntry;
import org.carbonmrv.api.monitoring.DowntimeKind;
import org.carbonmrv.api.monitoring.DowntimeRecordedEvent;
import org.carbonmrv.platform.readmodels.RebuildableReadModel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

@Component
@RebuildableReadModel(tables = {"downtime"})
@ProcessingGroup("operating-log")
public class OperatingLogProjection {

    private final JdbcTemplate jdbc;

    OperatingLogProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(DowntimeRecordedEvent event) {
        jdbc.batchUpdate("""
                        INSERT INTO downtime (project_id, unit_id, starts_local, ends_local, production_stopped,
                                              stated_duration_minutes, reference, kind)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", event.entries(), 500, (ps, e) -> {
            ps.setString(1, event.projectId());
            ps.setString(2, e.unitId());
            ps.setTimestamp(3, Timestamp.valueOf(e.from()));
            ps.setTimestamp(4, Timestamp.valueOf(e.to()));
            ps.setBoolean(5, e.productionStopped());
            ps.setObject(6, e.statedDurationMinutes());
            ps.setString(7, e.reference());
            ps.setString(8, e.kind().stored());
        });
    }

    /** The project's shutdowns that touch [from, to), in time order. */
    public List<DowntimeEntry> between(String projectId, LocalDateTime from, LocalDateTime to) {
        return jdbc.query(
                """
                        SELECT * FROM downtime WHERE project_id = ? AND ends_local > ? AND starts_local < ?
                        ORDER BY unit_id, kind, starts_local""",
                (rs, i) -> new DowntimeEntry(
                        rs.getString("unit_id"),
                        rs.getTimestamp("starts_local").toLocalDateTime(),
                        rs.getTimestamp("ends_local").toLocalDateTime(),
                        rs.getBoolean("production_stopped"),
                        (Integer) rs.getObject("stated_duration_minutes"),
                        rs.getString("reference"),
                        DowntimeKind.of(rs.getString("kind"))),
                projectId,
                Timestamp.valueOf(from),
                Timestamp.valueOf(to));
    }
}
