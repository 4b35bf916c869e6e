package org.carbonmrv.monitoring.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.carbonmrv.api.monitoring.CalibrationRecordedEvent;
import org.carbonmrv.api.monitoring.Meter;
import org.carbonmrv.api.monitoring.MeterSubstitutionRecordedEvent;
import org.carbonmrv.api.monitoring.MonitoringPlanDeclaredEvent;
import org.carbonmrv.api.monitoring.PlanParameter;
import org.carbonmrv.api.monitoring.QaFindingAcknowledgedEvent;
import org.carbonmrv.api.monitoring.view.QaAcknowledgement;
import org.carbonmrv.platform.readmodels.RebuildableReadModel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@Component
@RebuildableReadModel(tables = {"monitoring_plans", "calibrations", "meter_substitutions", "qa_acknowledgements"})
@ProcessingGroup("monitoring-plan")
public class MonitoringPlanProjection {

    public record PlanView(int version, LocalDate effectiveFrom, List<PlanParameter> parameters, List<Meter> meters) {}

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    MonitoringPlanProjection(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(MonitoringPlanDeclaredEvent e) throws JsonProcessingException {
        jdbc.update(
                "INSERT INTO monitoring_plans (project_id, version, effective_from, parameters, meters) VALUES (?, ?, ?, ?::jsonb, ?::jsonb)",
                e.projectId(),
                e.version(),
                e.effectiveFrom(),
                json.writeValueAsString(e.parameters()),
                json.writeValueAsString(e.meters()));
    }

    @EventHandler
    void on(CalibrationRecordedEvent e) {
        jdbc.update(
                "INSERT INTO calibrations (project_id, meter_serial, performed_on, valid_until, certificate, laboratory) VALUES (?, ?, ?, ?, ?, ?)",
                e.projectId(),
                e.meterSerial(),
                e.performedOn(),
                e.validUntil(),
                e.certificate(),
                e.laboratory());
    }

    @EventHandler
    void on(MeterSubstitutionRecordedEvent e) {
        jdbc.update(
                "INSERT INTO meter_substitutions (project_id, meter_serial, substitute_serial, from_date, to_date, reason) VALUES (?, ?, ?, ?, ?, ?)",
                e.projectId(),
                e.meterSerial(),
                e.substituteSerial(),
                e.from(),
                e.to(),
                e.reason());
    }

    @EventHandler
    void on(QaFindingAcknowledgedEvent e, @MetaDataValue("actor") String actor, @Timestamp Instant at) {
        jdbc.update(
                "INSERT INTO qa_acknowledgements (project_id, period_id, finding_id, comment, acknowledged_by, acknowledged_at) VALUES (?, ?, ?, ?, ?, ?)",
                e.projectId(),
                e.reportingPeriodId(),
                e.findingId(),
                e.comment(),
                actor,
                java.sql.Timestamp.from(at));
    }

    public Optional<PlanView> latest(String projectId) {
        return jdbc
                .query(
                        "SELECT * FROM monitoring_plans WHERE project_id = ? ORDER BY version DESC LIMIT 1",
                        this::plan,
                        projectId)
                .stream()
                .findFirst();
    }

    /** Every version of the project's plan with the days it is in force, in version order. */
    public List<PlanInForce> inForce(String projectId) {
        return PlanInForce.of(jdbc.query(
                "SELECT * FROM monitoring_plans WHERE project_id = ? ORDER BY version", this::plan, projectId));
    }

    private PlanView plan(ResultSet rs, int row) throws SQLException {
        try {
            return new PlanView(
                    rs.getInt("version"),
                    rs.getObject("effective_from", LocalDate.class),
                    json.readValue(rs.getString("parameters"), PARAMETERS),
                    json.readValue(rs.getString("meters"), METERS));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("a stored plan that is not JSON", ex);
        }
    }

    private static final TypeReference<List<PlanParameter>> PARAMETERS = new TypeReference<>() {};
    private static final TypeReference<List<Meter>> METERS = new TypeReference<>() {};

    /**
     * Every meter over each stretch of days it was in the plan, with its calibrations and
     * substitutions, as the checks read them: a meter is checked only while a plan in force has it.
     */
    public List<MeterCalibrations> meterCalibrations(String projectId) {
        List<MeterCalibrations.Stretch> meters = MeterCalibrations.stretches(inForce(projectId));
        Map<String, List<MeterCalibrations.Calibration>> calibrations = jdbc
                .query(
                        "SELECT * FROM calibrations WHERE project_id = ? ORDER BY performed_on",
                        (rs, i) -> Map.entry(
                                rs.getString("meter_serial"),
                                new MeterCalibrations.Calibration(
                                        rs.getObject("performed_on", LocalDate.class),
                                        rs.getObject("valid_until", LocalDate.class),
                                        rs.getString("certificate"))),
                        projectId)
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<String, List<MeterCalibrations.Substitution>> substitutions = jdbc
                .query(
                        "SELECT * FROM meter_substitutions WHERE project_id = ? ORDER BY from_date",
                        (rs, i) -> Map.entry(
                                rs.getString("meter_serial"),
                                new MeterCalibrations.Substitution(
                                        rs.getString("substitute_serial"),
                                        rs.getObject("from_date", LocalDate.class),
                                        rs.getObject("to_date", LocalDate.class))),
                        projectId)
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return meters.stream()
                .map(stretch -> {
                    Meter m = stretch.meter();
                    return new MeterCalibrations(
                            m.serial(),
                            m.measures(),
                            m.serves(),
                            calibrations.getOrDefault(m.serial(), List.of()),
                            substitutions.getOrDefault(m.serial(), List.of()),
                            m.accuracy(),
                            m.redundancyGroup(),
                            stretch.from(),
                            stretch.to());
                })
                .toList();
    }

    public Map<String, QaAcknowledgement> acknowledgements(String projectId, String periodId) {
        return jdbc
                .query(
                        "SELECT * FROM qa_acknowledgements WHERE project_id = ? AND period_id = ?",
                        (rs, i) -> new QaAcknowledgement(
                                rs.getString("finding_id"),
                                rs.getString("comment"),
                                rs.getString("acknowledged_by"),
                                rs.getTimestamp("acknowledged_at").toInstant()),
                        projectId,
                        periodId)
                .stream()
                .collect(Collectors.toMap(QaAcknowledgement::findingId, a -> a));
    }
}
