package org.carbonmrv.monitoring.dataloggers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.carbonmrv.api.monitoring.DataLoggerChannel;
import org.carbonmrv.api.monitoring.DataLoggerRegisteredEvent;
import org.carbonmrv.api.monitoring.LoggerHourRecordedEvent;
import org.carbonmrv.api.monitoring.LoggerHourValue;
import org.carbonmrv.cems.validity.DerivedHour;
import org.carbonmrv.platform.problem.DomainException;
import org.carbonmrv.platform.problem.FieldProblem;
import org.carbonmrv.platform.readmodels.RebuildableReadModel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** The registered data loggers by MN, and the hours each reported. */
@Component
@RebuildableReadModel(tables = {"data_loggers", "logger_hours"})
@ProcessingGroup("monitoring-plan")
public class DataLoggersProjection {

    /** A registration as the adapter needs it: which project, which source, the password's hash, the channels. */
    public record Registration(
            String mn,
            String projectId,
            String source,
            String passwordHash,
            List<DataLoggerChannel> channels,
            Instant registeredAt) {

        public Optional<DataLoggerChannel> channel(String code) {
            return channels.stream().filter(c -> c.code().equals(code)).findFirst();
        }
    }

    private static final TypeReference<List<DataLoggerChannel>> CHANNELS = new TypeReference<>() {};

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    DataLoggersProjection(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(DataLoggerRegisteredEvent e, @Timestamp Instant at) throws JsonProcessingException {
        int written = jdbc.update(
                """
                INSERT INTO data_loggers (mn, project_id, source, password_hash, channels, registered_at)
                VALUES (?, ?, ?, ?, ?::jsonb, ?)
                ON CONFLICT (mn) DO UPDATE SET source = EXCLUDED.source, password_hash = EXCLUDED.password_hash,
                    channels = EXCLUDED.channels, registered_at = EXCLUDED.registered_at
                WHERE data_loggers.project_id = EXCLUDED.project_id""",
                e.mn(),
                e.projectId(),
                e.source(),
                e.passwordHash(),
                json.writeValueAsString(e.channels()),
                java.sql.Timestamp.from(at));
        if (written == 0) {
            // two projects registering one MN at once: the second finds the first's row here and rolls back
            throw registeredElsewhere(e.mn());
        }
    }

    @EventHandler
    void on(LoggerHourRecordedEvent e) {
        jdbc.batchUpdate("""
                INSERT INTO logger_hours (mn, hour, code, batch_id, project_id, period_id, parameter, value, flag,
                                          valid_minutes, minutes_reported, logger_value, logger_flag, disagrees,
                                          calibration_minutes)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", e.values(), e.values().size(), (ps, v) -> {
            ps.setString(1, e.mn());
            ps.setObject(2, e.hour());
            ps.setString(3, v.code());
            ps.setString(4, e.batchId());
            ps.setString(5, e.projectId());
            ps.setString(6, e.reportingPeriodId());
            ps.setString(7, v.parameter());
            ps.setBigDecimal(8, v.value());
            ps.setString(9, v.flag());
            ps.setInt(10, v.validMinutes());
            ps.setInt(11, v.minutesReported());
            ps.setBigDecimal(12, v.loggerValue());
            ps.setString(13, v.loggerFlag());
            ps.setBoolean(14, disagrees(v));
            ps.setInt(15, v.calibrationMinutes());
        });
    }

    /** A logger's hour more than this share off its minutes' hour is a disagreement (QA). */
    private static final BigDecimal TOLERANCE = new BigDecimal("0.01");

    private static boolean disagrees(LoggerHourValue v) {
        return new DerivedHour(
                        v.code(),
                        v.value(),
                        v.flag(),
                        v.validMinutes(),
                        v.minutesReported(),
                        v.calibrationMinutes(),
                        v.loggerValue(),
                        v.loggerFlag())
                .disagrees(TOLERANCE);
    }

    static DomainException registeredElsewhere(String mn) {
        return DomainException.conflict(
                "data-logger-registered",
                "data logger " + mn + " is registered for another project; an MN reports for one project",
                new FieldProblem("mn", "registered for another project", mn));
    }

    public Optional<Registration> byMn(String mn) {
        return jdbc.query("SELECT * FROM data_loggers WHERE mn = ?", this::registration, mn).stream()
                .findFirst();
    }

    public List<Registration> ofProject(String projectId) {
        return jdbc.query("SELECT * FROM data_loggers WHERE project_id = ? ORDER BY mn", this::registration, projectId);
    }

    public List<Registration> all() {
        return jdbc.query("SELECT * FROM data_loggers ORDER BY mn", this::registration);
    }

    /** The hours the period's loggers reported, in order of logger, hour and code. */
    public List<LoggerHour> hoursOf(String projectId, String periodId) {
        return jdbc.query(
                """
                SELECT mn, hour, code, parameter, value, flag, valid_minutes, minutes_reported, calibration_minutes,
                       logger_value, logger_flag
                FROM logger_hours WHERE project_id = ? AND period_id = ? ORDER BY mn, hour, code""",
                (rs, i) -> new LoggerHour(
                        rs.getString("mn"),
                        rs.getObject("hour", LocalDateTime.class),
                        new LoggerHourValue(
                                rs.getString("code"),
                                rs.getString("parameter"),
                                rs.getBigDecimal("value"),
                                rs.getString("flag"),
                                rs.getInt("valid_minutes"),
                                rs.getInt("minutes_reported"),
                                rs.getInt("calibration_minutes"),
                                rs.getBigDecimal("logger_value"),
                                rs.getString("logger_flag"))),
                projectId,
                periodId);
    }

    /** One channel of one hour of one logger. */
    public record LoggerHour(String mn, LocalDateTime hour, LoggerHourValue value) {}

    private Registration registration(ResultSet rs, int row) throws SQLException {
        try {
            return new Registration(
                    rs.getString("mn"),
                    rs.getString("project_id"),
                    rs.getString("source"),
                    rs.getString("password_hash"),
                    json.readValue(rs.getString("channels"), CHANNELS),
                    rs.getTimestamp("registered_at").toInstant());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
